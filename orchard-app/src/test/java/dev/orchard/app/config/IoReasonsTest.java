package dev.orchard.app.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IoReasonsTest {
    @TempDir
    Path dir;

    @Test
    void theBarePathNioGivesBecomesTheReason() {
        assertThat(IoReasons.explain("cannot use the library folder /lib: /lib", new AccessDeniedException("/lib")))
                .isEqualTo("cannot use the library folder /lib: permission denied");
        assertThat(IoReasons.explain("cannot use the library folder /lib: /lib/.orchard", new AccessDeniedException("/lib/.orchard")))
                .isEqualTo("cannot use the library folder /lib: permission denied (/lib/.orchard)");
        assertThat(IoReasons.explain("cannot use the library folder /lib: /lib", new NoSuchFileException("/lib")))
                .endsWith(": no such file or folder");
        assertThat(IoReasons.explain("cannot use the library folder /lib: /lib", new NotDirectoryException("/lib")))
                .endsWith(": not a folder");
        assertThat(IoReasons.explain("x: /a: Read-only file system", new FileSystemException("/a", null, "Read-only file system")))
                .isEqualTo("x: read-only file system (/a)");
        assertThat(IoReasons.explain("something else", new IOException("disk on fire"))).isEqualTo("something else");
    }

    @Test
    void aRealFailureIsDescribed() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Files.createDirectories(file.resolve("sub")))
                .isInstanceOfSatisfying(IOException.class, e -> assertThat(IoReasons.describe(e)).isEqualTo("not a directory (" + file.resolve("sub") + ")"));
    }
}
