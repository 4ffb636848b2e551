package dev.orchard.drive.apply;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFilesTest {
    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aTempFileIsRemovedWhenTheFinalRenameFails() throws Exception {
        LocalFiles files = new LocalFiles(root, clock);
        String name = "d".repeat(300) + ".txt";
        Path temp = files.tempFor(name);
        Files.writeString(temp, "content");
        assertThatThrownBy(() -> files.place(temp, name, null)).isInstanceOf(IOException.class);
        try (Stream<Path> all = Files.list(root)) {
            assertThat(all).isEmpty();
        }
    }

    @Test
    void trashNamesOfLongNamesFitTheLimit() throws Exception {
        LocalFiles files = new LocalFiles(root, clock);
        String name = "e".repeat(251) + ".txt";
        for (int i = 0; i < 3; i++) {
            Files.writeString(root.resolve(name), "version " + i);
            files.toTrash(name);
        }
        try (Stream<Path> all = Files.walk(root.resolve(".orchard-trash"))) {
            var kept = all.filter(Files::isRegularFile).toList();
            assertThat(kept).hasSize(3).allSatisfy(p -> {
                String n = p.getFileName().toString();
                assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            });
        }
    }
}
