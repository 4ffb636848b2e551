package dev.orchard.photos.sync;

import dev.orchard.photos.options.LiveHalves;
import dev.orchard.photos.options.NameFilter;
import dev.orchard.photos.options.UnknownAlbumException;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.options.Age;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionOptionsTest extends FakeLibraryTest {
    @BeforeEach
    void spec() {
        load("""
                {"seed": 43, "sharedLibrary": false, "albums": [
                   {"key": "trips", "name": "Trips", "folder": true, "children": [{"key": "rome", "name": "Rome"}]},
                   {"key": "junk", "name": "Receipts"}],
                 "assets": [
                   {"filename": "A.JPG", "date": "2024-03-01T10:00:00Z", "albums": ["rome"]},
                   {"filename": "R.JPG", "date": "2024-04-20T10:00:00Z", "albums": ["junk", "rome"]},
                   {"kind": "live", "filename": "L.HEIC", "date": "2024-05-01T10:00:00Z", "edited": true},
                   {"kind": "video", "filename": "V.MOV", "date": "2024-05-09T10:00:00Z"}]}""");
    }

    @Test
    void anExcludedAlbumLeavesItsAssetsOutEvenWhenAnotherAlbumHasThem() {
        sync(b -> b.excludeAlbums(List.of("receipts")));
        assertThat(LocalTree.originals(library)).containsKey("Photos/2024/03/A.JPG").doesNotContainKey("Photos/2024/04/R.JPG");
        sync(b -> b.albums(List.of("Trips")).excludeAlbums(List.of("Receipts")));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2024/03/A.JPG");
    }

    @Test
    void anUnknownAlbumIsAnErrorNamingTheClosestBeforeAnythingIsDownloaded() {
        assertThatThrownBy(() -> sync(b -> b.albums(List.of("Rmoe")))).isInstanceOf(UnknownAlbumException.class)
                .hasMessageStartingWith("no album or folder 'Rmoe'; closest: Trips/Rome");
        assertThat(LocalTree.originals(library)).isEmpty();
        assertThatThrownBy(() -> sync(b -> b.excludeAlbums(List.of("Nope")))).isInstanceOf(UnknownAlbumException.class)
                .hasMessageContaining("'Nope'");
    }

    @Test
    void excludedNamesAreLeftOutIgnoringCase() {
        sync(b -> b.excludeNames(List.of("*.mov", "*-edited.*")));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2024/03/A.JPG", "Photos/2024/04/R.JPG",
                "Photos/2024/05/L.HEIC");
        assertThatThrownBy(() -> NameFilter.of(List.of("Photos/*.JPG"))).hasMessageContaining("without '/'");
    }

    @Test
    void liveHalvesPickTheStillOrTheMotion() {
        sync(b -> b.live(LiveHalves.IMAGE));
        assertThat(LocalTree.originals(library)).containsKeys("Photos/2024/05/L.HEIC", "Photos/2024/05/L-edited.JPG")
                .doesNotContainKey("Photos/2024/05/L.MOV");
        sync(b -> b.live(LiveHalves.VIDEO));
        assertThat(LocalTree.originals(library)).containsKeys("Photos/2024/05/L.MOV", "Photos/2024/05/V.MOV")
                .doesNotContainKeys("Photos/2024/05/L.HEIC", "Photos/2024/05/L-edited.JPG");
        sync();
        assertThat(LocalTree.originals(library)).containsKeys("Photos/2024/05/L.MOV", "Photos/2024/05/L.HEIC");
    }

    @Test
    void aRelativeFromCountsFromEachRunAndKeepsWhatAgedOut() {
        Clock may10 = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);
        sync(b -> b.clock(may10).recentFrom(Age.parse("30d")));
        assertThat(LocalTree.originals(library)).containsOnlyKeys("Photos/2024/04/R.JPG", "Photos/2024/05/L.HEIC",
                "Photos/2024/05/L.MOV", "Photos/2024/05/L-edited.JPG", "Photos/2024/05/V.MOV");
        Clock july = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);
        remote().favorite(remote().primary().assets().get(1).recordName(), true);
        sync(b -> b.clock(july).recentFrom(Age.parse("30d")));
        assertThat(LocalTree.originals(library)).as("aged out, and changed in iCloud: kept").containsKey("Photos/2024/04/R.JPG");
    }

    @Test
    void aRelativeToTakesAssetsInOnceTheyAreOldEnough() {
        Clock may10 = Clock.fixed(Instant.parse("2024-05-10T12:00:00Z"), ZoneOffset.UTC);
        sync(b -> b.clock(may10).recentTo(Age.parse("5d")));
        assertThat(LocalTree.originals(library)).containsKey("Photos/2024/05/L.HEIC").doesNotContainKey("Photos/2024/05/V.MOV");
        Clock may20 = Clock.fixed(Instant.parse("2024-05-20T12:00:00Z"), ZoneOffset.UTC);
        SyncReport r = sync(b -> b.clock(may20).recentTo(Age.parse("5d")));
        assertThat(r.zones()).containsEntry("PrimarySync", SyncReport.FetchMode.UNCHANGED);
        assertThat(LocalTree.originals(library)).containsKey("Photos/2024/05/V.MOV");
    }

    @Test
    void theSummaryCountsHiddenAndRecentlyDeletedAssetsLeftOut() {
        remote().hide(remote().primary().assets().get(0).recordName(), true);
        remote().trash(remote().primary().assets().get(1).recordName());
        SyncReport full = sync();
        assertThat(full.get(SyncReport.Counter.HIDDEN_LEFT_OUT)).isEqualTo(1);
        assertThat(full.get(SyncReport.Counter.DELETED_LEFT_OUT)).isEqualTo(1);
        remote().trash(remote().primary().assets().get(2).recordName());
        SyncReport changes = sync();
        assertThat(changes.get(SyncReport.Counter.DELETED_LEFT_OUT)).isEqualTo(1);
        assertThat(changes.get(SyncReport.Counter.HIDDEN_LEFT_OUT)).isZero();
        assertThat(sync(b -> b.includeHidden(true)).get(SyncReport.Counter.HIDDEN_LEFT_OUT)).isZero();
    }
}
