package dev.orchard.photos.archive;

import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.photos.albums.AlbumTree;
import dev.orchard.photos.albums.AlbumMatcher;
import dev.orchard.photos.albums.AlbumMatcher.AlbumRef;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freezes archived albums' folders under Albums/: the entries they hold now (links to, or copies of, pinned
 * files) are recorded, and later album rebuilds keep exactly those whatever iCloud does to the album.
 */
final class AlbumFreezer {
    private AlbumFreezer() {
    }

    static void freeze(Stores stores, List<String> names, long archiveId) throws SQLException {
        StateDb db = stores.db();
        ArchiveStore store = new ArchiveStore(db);
        for (AlbumRef a : AlbumMatcher.of(stores).resolve(names)) {
            String dir = LibraryPaths.ALBUMS + "/" + AlbumTree.folders(stores.albums().all(a.zone())).get(a.id()) + "/";
            Map<String, String> mine = new LinkedHashMap<>();
            stores.albums().eachEntryUnder(dir, e -> {
                if (e[0].indexOf('/', dir.length()) >= 0) return;
                FileRecord target = stores.files().holder(e[1].substring(e[1].indexOf(':') + 1));
                if (target != null && ArchiveStore.pinned(db, target.zone(), target.assetId())) mine.put(e[0], e[1]);
            });
            store.freeze(a.zone(), a.id(), archiveId, mine);
        }
    }
}
