package dev.orchard.photos.fs;

import dev.orchard.localfiles.FileModes;
import dev.orchard.localfiles.DatedTrash;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.localfiles.Trash;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The folders of a library directory:
 * <pre>
 *   Photos/            the personal library's originals, edits and Live Photo videos ({yyyy}/{mm}/... by default)
 *   Shared Library/    the iCloud Shared Photo Library, laid out the same way
 *   Albums/            folders and albums, holding links to (or copies of) the files above
 *   .orchard-trash/    files of assets deleted in iCloud, kept N days under the date they left
 *   .orchard-quarantine/  downloads that failed verification twice; never used as library files
 *   .orchard/          Orchard's state (photos.db), lock and partial downloads
 * </pre>
 * {@code modes}: how the library's own files and folders are made (everything but {@code .orchard/}).
 */
public record LibraryPaths(Path root, FileModes modes) {
    public static final String PHOTOS = "Photos";
    public static final String SHARED = "Shared Library";
    public static final String ALBUMS = "Albums";
    public static final String TRASH = DatedTrash.FOLDER;
    public static final String QUARANTINE = ".orchard-quarantine";
    public static final String STATE = ".orchard";

    public LibraryPaths {
        root = root.toAbsolutePath().normalize();
        if (modes == null) modes = FileModes.UMASK;
    }

    public LibraryPaths(Path root) {
        this(root, FileModes.UMASK);
    }

    public Path state() { return root.resolve(STATE); }
    public Path database() { return state().resolve("photos.db"); }
    public Path lockFile() { return state().resolve("lock"); }

    /**
     * One process per library.
     *
     * @throws dev.orchard.localfiles.FolderBusyException when another process holds the library
     */
    public FolderLock lock() throws IOException {
        return FolderLock.acquire(lockFile(), "working on " + root + "; wait for it to finish");
    }

    /** {@code .orchard-trash}: files that leave the library; emptied folders they leave are removed. */
    public Trash trash(Clock clock) {
        return new DatedTrash(root, clock, DatedTrash.EmptyFolders.REMOVE, modes);
    }
    public Path partial() { return state().resolve("partial"); }

    /** The partial-download folder, created private (0700) when missing. */
    public Path partialDirectory() throws java.io.IOException {
        Path p = partial();
        if (!java.nio.file.Files.isDirectory(p)) {
            java.nio.file.Files.createDirectories(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        }
        return p;
    }
    /**
     * Where iCloud's JPEG rendition of an asset ({@code kind}: "thumb" for resJPEGThumbRes, "med" for
     * resJPEGMedRes or a video's poster) is kept, inside the private state folder. Named by a digest of zone
     * and asset id, so no name iCloud sends can leave the folder.
     */
    public Path derivative(String zone, String assetId, String kind) {
        if (!kind.equals("thumb") && !kind.equals("med")) throw new IllegalArgumentException("unknown rendition " + kind);
        String digest = java.util.HexFormat.of().formatHex(sha256(zone + "/" + assetId));
        return state().resolve("derivatives").resolve(kind).resolve(digest.substring(0, 2)).resolve(digest.substring(0, 40) + ".jpg");
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path trash() { return root.resolve(TRASH); }
    public Path quarantine() { return root.resolve(QUARANTINE); }
    public Path albums() { return root.resolve(ALBUMS); }

    /** The root folder name of a zone's files: Photos for PrimarySync, Shared Library for shared ones. */
    public static String zoneRoot(String zoneName) {
        return zoneName != null && zoneName.startsWith("SharedSync-") ? SHARED : PHOTOS;
    }

    /** {@code relative} ('/'-separated) resolved below the root, refusing anything that would leave it. */
    public Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("refusing a path outside the library: " + relative);
        }
        return p;
    }
}
