package dev.orchard.icloud.sharedstreams;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.sharedstreams.SharedStreamsDemo;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.testing.FakeSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedStreamsPrefetchTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    ICloudSession session;
    List<SharedAlbumRef> expected;

    @BeforeEach
    void start() {
        fake = FakeICloud.start(FakeConfig.defaults());
        session = FakeSessions.open(fake, dir.resolve("state"), d -> { });
        SharedStreamsDemo.seed(fake.sharedStreams(), fake.photos().defaultAccount());
        expected = new SharedStreamsClient(session).albums();
    }

    @AfterEach
    void stop() {
        session.close();
        fake.close();
    }

    @Test
    void thePrefetchedListIsTheAnswerAndCostsNoSecondCall() {
        SharedStreamsClient client = new SharedStreamsClient(session).prefetchAlbums();
        assertThat(client.albums()).isNotEmpty().isEqualTo(expected);
        assertThat(client.requestCount()).isEqualTo(1);
        // only the first call takes the prefetched answer: a later one asks again
        assertThat(client.albums()).isEqualTo(expected);
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void aFailedPrefetchIsAskedAgainInTheCallersTurn() {
        fake.faults().add(new FaultRule(null, "webgetalbumslist", FaultKind.STATUS, 400, 0, null, 1.0, 1));
        SharedStreamsClient client = new SharedStreamsClient(session).prefetchAlbums();
        assertThat(client.albums()).isEqualTo(expected);
        assertThat(client.requestCount()).isEqualTo(2);
    }

    @Test
    void aCallThatStillFailsReportsItsOwnError() {
        fake.faults().add(new FaultRule(null, "webgetalbumslist", FaultKind.STATUS, 400, 0, null, 1.0, 2));
        SharedStreamsClient client = new SharedStreamsClient(session).prefetchAlbums();
        assertThatThrownBy(client::albums).isInstanceOf(SharedStreamsException.class).hasMessageContaining("HTTP 400");
        assertThat(client.requestCount()).isEqualTo(2);
    }
}
