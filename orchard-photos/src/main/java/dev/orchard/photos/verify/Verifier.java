package dev.orchard.photos.verify;

import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.download.Quarantine;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.shared.SharedFilesCheck;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Re-reads every file of the library and checks it against what iCloud said it is: its {@code fileChecksum}
 * (docs/protocol/photos.md §5), or its size when the checksum is in another format. Needs no network. With repair, a
 * corrupt file is moved to the quarantine (its bytes are kept) and every bad or missing file is marked so
 * that the next sync downloads it again.
 */
public final class Verifier {
    private Verifier() {
    }

    /** Told how many of the library's files have been checked, of how many. */
    public interface Progress {
        void checked(long done, long total);
    }

    public static VerifyReport run(Path libraryDir, boolean repair, LongConsumer progress) {
        return run(libraryDir, repair, (done, total) -> progress.accept(done));
    }

    public static VerifyReport run(Path libraryDir, boolean repair, Progress progress) {
        LibraryPaths paths = new LibraryPaths(libraryDir);
        if (!Files.exists(paths.database()) && !SharedFilesCheck.present(libraryDir)) {
            throw new IllegalArgumentException(libraryDir + " is not an Orchard photo library (no " + LibraryPaths.STATE
                    + "/photos.db); run 'orchard photos sync' first");
        }
        try (FolderLock lock = paths.lock(); StateDb db = StateDb.open(paths.database(), false)) {
            Stores stores = Stores.of(db);
            List<FileRecord> files = db.tx(d -> stores.files().present());
            long verified = 0;
            long sizeOnly = 0;
            long checked = 0;
            List<String> missing = new ArrayList<>();
            List<String> corrupt = new ArrayList<>();
            List<FileRecord> repairs = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            for (FileRecord f : files) {
                Path p = paths.resolve(f.path());
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    missing.add(f.path());
                    repairs.add(f);
                } else if (f.size() >= 0 && Files.size(p) != f.size()) {
                    corrupt.add(f.path() + " (" + Files.size(p) + " bytes, iCloud says " + f.size() + ")");
                    repairs.add(f);
                } else if (FileChecksum.verifiable(f.checksum())) {
                    if (FileChecksum.same(FileFetcher.checksum(p), f.checksum())) {
                        verified++;
                        matched.add(f.path());
                    } else {
                        corrupt.add(f.path() + " (checksum differs from iCloud's)");
                        repairs.add(f);
                    }
                } else {
                    sizeOnly++;
                }
                progress.checked(++checked, files.size());
            }
            long now = System.currentTimeMillis();
            stores.db().txRun(d -> {
                for (String path : matched) stores.files().markVerified(path, now);
            });
            if (repair && !repairs.isEmpty()) markForRepair(paths, stores, repairs);
            SharedFilesCheck.Result shared = SharedFilesCheck.run(libraryDir, repair);
            missing.addAll(shared.missing());
            corrupt.addAll(shared.corrupt());
            return new VerifyReport(verified + shared.verified(), sizeOnly, missing, corrupt,
                    repair ? repairs.size() + shared.corrupt().size() + shared.missing().size() : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot verify " + libraryDir + ": " + e.getMessage(), e);
        }
    }

    private static void markForRepair(LibraryPaths paths, Stores stores, List<FileRecord> repairs) throws IOException {
        Quarantine quarantine = new Quarantine(paths);
        for (FileRecord f : repairs) {
            Path p = paths.resolve(f.path());
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) quarantine.put(p, f.path());
            stores.db().txRun(db -> {
                stores.files().setState(f.path(), FileState.PLANNED, false, "failed verification");
                stores.assets().markDirty(f.zone(), f.assetId());
                stores.markAlbumsDirty();
            });
        }
    }
}
