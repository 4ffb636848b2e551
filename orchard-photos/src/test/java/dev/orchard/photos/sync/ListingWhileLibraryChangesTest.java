package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncListener;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranks move while a listing runs (docs/protocol/photos.md §3): trashing the newest assets shifts every later one to a
 * lower rank, so pages fetched afterwards skip some. The engine must notice (recount) and still end with
 * every asset, without treating the skipped ones as deleted.
 */
class ListingWhileLibraryChangesTest extends FakeLibraryTest {
    @Test
    void assetsSkippedByShiftingRanksAreFoundAndNothingIsLost() {
        fake.photos().settings().sharedLibrary(false);
        fake.photos().settings().contentSizes(new dev.orchard.fake.photos.library.ContentSizes(2_000, 4_000));
        fake.photos().generate(250);
        photos = new dev.orchard.icloud.photos.PhotosService(session, 1);
        List<Asset> newest = remote().primary().assets().stream().filter(a -> !a.trashed() && !a.hidden())
                .sorted(Comparator.comparingLong(Asset::assetDate).reversed()).limit(12).toList();
        AtomicBoolean changed = new AtomicBoolean();
        observer = new SyncListener() {
            @Override
            public void listed(String zone, long listed, long expected) {
                if (changed.compareAndSet(false, true)) {
                    newest.forEach(a -> remote().trash(a.recordName()));
                    remote().addAsset(AssetSpec.of(AssetKind.PHOTO).filename("DURING.JPG"));
                }
            }
        };
        SyncReport r = sync(b -> b.downloadThreads(4));
        assertThat(r.complete()).isTrue();
        observer = SyncListener.NONE;
        long live = remote().primary().assets().stream().filter(a -> !a.trashed() && !a.hidden()).count();
        assertThat(r.get(SyncReport.Counter.ASSETS_REMOVED)).isZero();
        assertThat(r.get(SyncReport.Counter.ASSETS_LISTED)).as("listed a second time").isGreaterThan(250);
        assertThat(r.warnings()).isEmpty();
        var files = LocalTree.originals(library);
        assertThat(files.keySet()).anyMatch(p -> p.endsWith("/DURING.JPG"));
        fake.stats().reset();
        SyncReport again = sync(b -> b.forceFull(true));
        assertThat(again.get(SyncReport.Counter.DOWNLOADED)).isZero();
        assertThat(again.get(SyncReport.Counter.ASSETS_LISTED)).isEqualTo(live);
    }
}
