package dev.orchard.photos.library;

import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.shared.SharedState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Shared Albums as the engine records them, for tests and benchmarks of the web page: "Family Trip" (three
 * photos with captions and contributors, one a video) and an album with a hostile name, its files under
 * {@code Shared Albums/}.
 */
public final class GeneratedSharedAlbums {
    public static final String TRIP = "album-trip";
    public static final String HOSTILE = "album-hostile";

    private GeneratedSharedAlbums() {
    }

    /** The id the API and page use for {@code item} of {@code album}. */
    public static String itemId(String album, String item) {
        return new AssetKey(album, item).token();
    }

    public static String albumId(String album) {
        return new AssetKey(SharedAlbums.ALBUM_ZONE, album).token();
    }

    public static void write(Path root) {
        LibraryPaths paths = new LibraryPaths(root);
        try {
            SharedState state = SharedState.load(paths.root());
            SharedState.AlbumEntry trip = album(state, TRIP, "Family Trip", "Shared Albums/Family Trip");
            put(paths, trip, "item-1", "IMG_0001.JPG", GeneratedLibrary.jpeg(1), GeneratedLibrary.NEWEST - 3_600_000, "At the lake", "Ann");
            put(paths, trip, "item-2", "IMG_0002.JPG", GeneratedLibrary.jpeg(2), GeneratedLibrary.NEWEST - 7_200_000, null, "Bob");
            put(paths, trip, "item-3", "MOV_0003.MOV", new byte[3000], GeneratedLibrary.NEWEST - 10_800_000, "<b>swim</b>", "Ann");
            SharedState.AlbumEntry hostile = album(state, HOSTILE, "<img src=x onerror=alert(1)>", "Shared Albums/_img src=x onerror=alert(1)_");
            put(paths, hostile, "item-9", "IMG_0009.JPG", GeneratedLibrary.jpeg(3), GeneratedLibrary.NEWEST, null, null);
            state.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SharedState.AlbumEntry album(SharedState state, String guid, String name, String dir) {
        SharedState.AlbumEntry a = new SharedState.AlbumEntry();
        a.name = name;
        a.dir = dir;
        a.ctag = "c1";
        state.albums().put(guid, a);
        return a;
    }

    private static void put(LibraryPaths paths, SharedState.AlbumEntry album, String guid, String name, byte[] bytes, long date,
                            String caption, String contributor) {
        String rel = album.dir + "/" + name;
        GeneratedLibrary.write(paths.resolve(rel), bytes);
        album.files.put(guid, new SharedState.FileEntry(rel, bytes.length, sha256(bytes), null, date, caption, contributor));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
