package dev.orchard.localfiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeNamedByPidAndThePrivateFileIsReusable() throws Exception {
        Path file = dir.resolve("state/lock");
        try (FolderLock held = FolderLock.acquire(file, "syncing X")) {
            assertThatThrownBy(() -> FolderLock.acquire(file, "syncing X")).isInstanceOf(FolderBusyException.class)
                    .hasMessage("another Orchard process (pid " + ProcessHandle.current().pid() + ") is syncing X");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        FolderLock.acquire(file, "syncing X").close();
    }
}
