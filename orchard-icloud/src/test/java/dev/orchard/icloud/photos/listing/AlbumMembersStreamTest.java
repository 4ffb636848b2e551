package dev.orchard.icloud.photos.listing;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.testing.FakeSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A big album's members reach the sink page by page while it is listed: the pages requested but not yet
 * handed over stay bounded by the listing's parallelism, whatever the album's size (counted with the fake's
 * request log), so a listing never holds a library's memberships.
 */
class AlbumMembersStreamTest {
    static final int PARALLELISM = 2;

    @TempDir
    Path dir;
    FakeICloud fake;
    ICloudSession session;

    @AfterEach
    void stop() {
        if (session != null) session.close();
        fake.close();
    }

    @Test
    void membersReachTheSinkWhileTheAlbumIsListedWithBoundedPagesAhead() {
        fake = FakeICloud.start(FakeConfig.defaults());
        PhotoLibrary library = fake.photos().generate(800);
        library.createAlbum("big", "Big", false, null);
        List<String> visible = new ArrayList<>();
        library.primary().assets().stream().filter(a -> !a.trashed() && !a.hidden()).forEach(a -> visible.add(a.recordName()));
        visible.forEach(id -> library.addToAlbum(id, "big"));
        session = FakeSessions.open(fake, dir, w -> { });
        PhotosService photos = new PhotosService(session, PARALLELISM);
        PhotoZone zone = photos.zones().get(0);

        long pages = (visible.size() + AlbumLister.MEMBERS_PER_PAGE - 1) / AlbumLister.MEMBERS_PER_PAGE;
        int window = AlbumLister.IN_FLIGHT_PER_THREAD * PARALLELISM;
        assertThat(pages).as("the album must need many more pages than the window").isGreaterThan(2L * window);
        long before = fake.stats().total();
        AtomicLong given = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        Set<String> members = ConcurrentHashMap.newKeySet();
        List<String> completed = new ArrayList<>();
        photos.albums().members(zone, List.of("big"), new MemberSink() {
            @Override
            public synchronized int page(String albumId, long rank, List<String> assetIds) {
                long ahead = fake.stats().total() - before - given.incrementAndGet();
                mostAhead.accumulateAndGet(ahead, Math::max);
                int added = 0;
                for (String id : assetIds) if (members.add(id)) added++;
                return added;
            }

            @Override
            public synchronized void complete(String albumId) {
                completed.add(albumId);
            }
        });
        assertThat(members).containsExactlyInAnyOrderElementsOf(visible);
        assertThat(completed).containsExactly("big");
        // +1: the count request that opens the listing
        assertThat(mostAhead.get()).isLessThanOrEqualTo(window + 1L);
    }
}
