package dev.orchard.photos.archive;

import dev.orchard.fake.photos.library.Asset;
import dev.orchard.photos.archive.ArchivePlan.Item;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.testing.FakeLibraryTest;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A synced library with an album to archive, favourites, an edit, a hidden and a shared-library asset, old
 * and recent captures; strict change tags, as Apple is assumed to behave.
 */
abstract class ArchiveTestBase extends FakeLibraryTest {
    static final String EVENTS = "F0000000-0000-4000-8000-00000000000F";
    static final String WEDDING = "A1000000-0000-4000-8000-0000000000A1";
    static final String FAMILY = "A2000000-0000-4000-8000-0000000000A2";
    static final String W1 = "AAAAAAA1-0000-4000-8000-000000000001";
    static final String W2 = "AAAAAAA2-0000-4000-8000-000000000002";
    static final String W3 = "AAAAAAA3-0000-4000-8000-000000000003";
    static final String F1 = "FFFFFFF1-0000-4000-8000-000000000004";
    static final String N1 = "BBBBBBB1-0000-4000-8000-000000000005";
    static final String H1 = "CCCCCCC1-0000-4000-8000-000000000006";
    static final String S1 = "DDDDDDD1-0000-4000-8000-000000000007";
    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void syncedLibrary() {
        load("""
                {"seed": 5, "sharedLibrary": true, "photoBytes": "3k", "videoBytes": "6k", "albums": [
                   {"id": "%s", "key": "events", "name": "Events", "folder": true, "children": [
                      {"id": "%s", "key": "wedding", "name": "Wedding"}]},
                   {"id": "%s", "key": "family", "name": "Family"}],
                 "assets": [
                   {"id": "%s", "filename": "W1.JPG", "date": "2024-05-01T10:00:00Z", "albums": ["wedding"]},
                   {"id": "%s", "kind": "live", "filename": "W2.HEIC", "date": "2024-05-02T10:00:00Z", "favorite": true, "albums": ["wedding"]},
                   {"id": "%s", "kind": "raw", "filename": "W3.JPG", "date": "2024-05-03T10:00:00Z", "edited": true, "albums": ["wedding"]},
                   {"id": "%s", "filename": "F1.JPG", "date": "2024-06-01T10:00:00Z", "albums": ["family"]},
                   {"id": "%s", "filename": "N1.JPG", "date": "2026-11-20T10:00:00Z"},
                   {"id": "%s", "filename": "H1.JPG", "date": "2024-01-01T10:00:00Z", "hidden": true},
                   {"id": "%s", "filename": "S1.JPG", "date": "2024-02-01T10:00:00Z", "sharedLibrary": true}
                 ]}""".formatted(EVENTS, WEDDING, FAMILY, W1, W2, W3, F1, N1, H1, S1));
        fake.photos().settings().strictChangeTags(true);
        sync();
    }

    Archiver archiver(ArchiveHooks hooks) {
        return new Archiver(photos, SyncOptions.builder(library).clock(NOW).build(), hooks, waits::add);
    }

    ArchiveReport archive(ArchiveRequest request) {
        return archive(request, ArchiveHooks.NONE);
    }

    ArchiveReport archive(ArchiveRequest request, ArchiveHooks hooks) {
        return archiver(hooks).run(request, ArchiveListener.NONE);
    }

    /** The fake's own record of an asset. */
    Asset remoteAsset(String id) {
        return (Asset) remote().findAssetZone(id).find(id);
    }

    boolean inRecentlyDeleted(String id) {
        return remoteAsset(id).trashed();
    }

    static List<String> ids(List<Item> items) {
        return items.stream().map(Item::assetId).toList();
    }
}
