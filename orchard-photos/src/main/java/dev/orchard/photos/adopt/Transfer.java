package dev.orchard.photos.adopt;

import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.localfiles.DurableFiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a verified file at a new name without ever leaving a partial file under it and without replacing
 * anything: a rename on one file system; across file systems a copy into {@code partial} (fsynced, its checksum
 * checked) renamed into place, the source left for the caller to remove once the new name is recorded; a hard
 * link; a copy of a file already placed.
 */
final class Transfer {
    /** What became of the source: gone (renamed), still there (to remove after recording), or kept (linked). */
    enum Source { RENAMED, COPIED, KEPT }

    private final Path partial;

    Transfer(Path partial) {
        this.partial = partial;
    }

    Source move(Path source, Path dest, String checksum) throws IOException {
        Files.createDirectories(dest.getParent());
        if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) throw new FileAlreadyExistsException(dest.toString());
        try {
            Files.move(source, dest, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.fsyncDirectory(dest.getParent());
            DurableFiles.fsyncDirectory(source.getParent());
            return Source.RENAMED;
        } catch (AtomicMoveNotSupportedException e) {
            copy(source, dest, checksum);
            return Source.COPIED;
        }
    }

    Source link(Path source, Path dest) throws IOException {
        Files.createDirectories(dest.getParent());
        try {
            Files.createLink(dest, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (FileSystemException e) {
            throw new IOException("cannot hard-link " + source + " into the library (" + e.getReason()
                    + "); --link needs the folder and the library on one file system, or leave --link out to move the files");
        }
        DurableFiles.fsyncDirectory(dest.getParent());
        return Source.KEPT;
    }

    /** A second copy of bytes already verified at {@code from}, checked again after the copy. */
    void copy(Path from, Path dest, String checksum) throws IOException {
        Files.createDirectories(partial);
        Path temp = Files.createTempFile(partial, "adopt-", ".part");
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            DurableFiles.fsync(temp);
            if (!FileChecksum.same(FileFetcher.checksum(temp), checksum)) {
                throw new IOException("the copy of " + from + " does not match its checksum; nothing was placed");
            }
            Files.createDirectories(dest.getParent());
            DurableFiles.move(temp, dest, false);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
