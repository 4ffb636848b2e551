package dev.orchard.photos.sync;

import dev.orchard.icloud.photos.cloudkit.PhotosException;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest extends FakeLibraryTest {
    Map<String, String> expected;

    @BeforeEach
    void library() {
        fake.photos().generate(40);
        sync();
        expected = LocalTree.originals(library);
        assertThat(expected).hasSizeGreaterThan(40);
        library = dir.resolve("second");
        waits.clear();
    }

    @Test
    void throttlingInsideAndOutsideTheBodyIsWaitedOut() {
        fake.faults().add(FaultRule.status(ServiceGroup.CLOUDKIT, 503, 7, 2));
        fake.faults().add(new FaultRule(ServiceGroup.CLOUDKIT, "records/query", FaultKind.CLOUDKIT_ERROR, 503, 0,
                "TRY_AGAIN_LATER", 1.0, 3));
        fake.faults().add(new FaultRule(ServiceGroup.CLOUDKIT, "records/query", FaultKind.CLOUDKIT_ERROR, 503, 0,
                "THROTTLED", 1.0, 1));
        SyncReport r = sync();
        assertThat(r.complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(waits).filteredOn(d -> d.toSeconds() == 7).hasSize(2);
        assertThat(waits.size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void resetsTruncatedBodiesAndHtmlPagesNeverLeaveABadFile() {
        fake.faults().add(FaultRule.of(ServiceGroup.CDN, FaultKind.RESET, 0.2, -1));
        fake.faults().add(FaultRule.of(ServiceGroup.CDN, FaultKind.TRUNCATE, 0.3, -1));
        fake.photos().settings().htmlErrorPages(5);
        SyncReport r = sync();
        assertThat(r.failed()).isEmpty();
        assertThat(r.quarantined()).isEmpty();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
        assertThat(r.get(SyncReport.Counter.UNVERIFIED)).isZero();
    }

    @Test
    void aLostSessionIsReestablishedOnce() {
        fake.faults().add(new FaultRule(ServiceGroup.CLOUDKIT, "records/query", FaultKind.STATUS, 421, 0, null, 1.0, 1));
        assertThat(sync().complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
    }

    @Test
    void appleRefusingForGoodFailsCleanlyAndTheNextRunFinishes() {
        fake.faults().add(new FaultRule(ServiceGroup.CLOUDKIT, "records/query", FaultKind.STATUS, 503, 0, null, 1.0, -1));
        assertThatThrownBy(this::sync).isInstanceOf(RetryLaterException.class);
        fake.faults().clear();
        assertThat(sync().complete()).isTrue();
        assertThat(LocalTree.originals(library)).isEqualTo(expected);
    }

    @Test
    void indexingInProgressIsExplained() {
        fake.photos().settings().indexing("RUNNING", 42);
        assertThatThrownBy(this::sync).isInstanceOf(PhotosException.class)
                .hasMessage("iCloud is still indexing the library (42%); try again later");
    }

    @Test
    void accessDeniedIsExplained() {
        fake.account(dev.orchard.fake.FakeConfig.DEMO_APPLE_ID).adp(true);
        session = dev.orchard.icloud.testing.FakeSessions.open(fake, dir.resolve("state2"), waits::add);
        photos = new dev.orchard.icloud.photos.PhotosService(session, 4);
        assertThatThrownBy(this::sync).isInstanceOfSatisfying(PhotosException.class, e -> {
            assertThat(e.reason()).isEqualTo(PhotosException.Reason.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("Advanced Data Protection").contains("throttling");
        });
    }
}
