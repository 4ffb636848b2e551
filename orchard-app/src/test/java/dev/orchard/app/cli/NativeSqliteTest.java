package dev.orchard.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class NativeSqliteTest {
    @TempDir
    Path dir;

    private static byte[] jarCopy() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesThePlatformsLibraryOnceIntoAPrivateFolderAndReusesIt() throws IOException {
        Path cache = dir.resolve("cache/orchard");
        Path lib = NativeSqlite.cachedCopy(cache).orElseThrow();
        assertThat(lib.getParent()).isEqualTo(cache);
        assertThat(Files.readAllBytes(lib)).isEqualTo(jarCopy());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        assertThat(cache.toFile().list()).containsExactly(lib.getFileName().toString());

        FileTime written = Files.getLastModifiedTime(lib);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(written.toMillis() - 60_000));
        assertThat(NativeSqlite.cachedCopy(cache)).contains(lib);
        assertThat(Files.getLastModifiedTime(lib).toMillis()).as("not written again").isEqualTo(written.toMillis() - 60_000);
    }

    @Test
    void aFolderOrCopyOthersCanWriteIsNotUsed() throws IOException {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(NativeSqlite.cachedCopy(shared)).isEmpty();

        Path cache = dir.resolve("private");
        Path lib = NativeSqlite.cachedCopy(cache).orElseThrow();
        Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(NativeSqlite.cachedCopy(cache)).isEmpty();
    }
}
