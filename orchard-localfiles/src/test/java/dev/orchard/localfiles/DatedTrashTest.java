package dev.orchard.localfiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatedTrashTest {
    private static final Instant NOW = Instant.parse("2026-03-10T23:30:00Z");

    @TempDir
    Path root;

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void aFileGoesUnderTodaysDateKeepingItsPathAndTakenNamesAreNumbered() throws Exception {
        Trash trash = new DatedTrash(root, at(NOW), DatedTrash.EmptyFolders.KEEP);
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/c.txt"), "one");
        assertThat(trash.put("a/b/c.txt")).isEqualTo(root.resolve(".orchard-trash/2026-03-10/a/b/c.txt"));
        Files.writeString(root.resolve("a/b/c.txt"), "two");
        assertThat(trash.put("a/b/c.txt")).hasFileName("c (2).txt").hasContent("two");
        assertThat(root.resolve(".orchard-trash/2026-03-10/a/b/c.txt")).hasContent("one");
        assertThat(root.resolve("a/b")).as("KEEP leaves the emptied folder").isEmptyDirectory();
    }

    @Test
    void removeEmptiesFoldersUpToTheRootOnly() throws Exception {
        Trash trash = new DatedTrash(root, at(NOW), DatedTrash.EmptyFolders.REMOVE);
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/keep.txt"), "stays");
        Files.writeString(root.resolve("a/b/c.txt"), "gone");
        trash.put("a/b/c.txt");
        assertThat(root.resolve("a/b")).doesNotExist();
        assertThat(root.resolve("a/keep.txt")).hasContent("stays");
    }

    @Test
    void absentFilesAreNullAndPathsOutsideTheFolderAreRefused() throws Exception {
        Trash trash = new DatedTrash(root, at(NOW), DatedTrash.EmptyFolders.KEEP);
        assertThat(trash.put("missing.txt")).isNull();
        assertThatThrownBy(() -> trash.put("../x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void numberedNamesOfLongNamesFitTheLimit() throws Exception {
        Trash trash = new DatedTrash(root, at(NOW), DatedTrash.EmptyFolders.KEEP);
        String name = "é".repeat(125) + ".txt";
        for (int i = 0; i < 3; i++) {
            Files.writeString(root.resolve(name), "v" + i);
            Path went = trash.put(name);
            assertThat(went.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(went.getFileName().toString()).endsWith(".txt");
        }
    }

    @Test
    void retentionDeletesOnlyDayFoldersOlderThanTheDaysAndNeverFollowsLinks() throws Exception {
        Files.createDirectories(root.resolve("t"));
        Files.writeString(root.resolve("t/x.txt"), "x");
        new DatedTrash(root, at(NOW), DatedTrash.EmptyFolders.KEEP).put("t/x.txt");
        Path outside = Files.writeString(Files.createTempFile(root, "outside", ".txt"), "not Orchard's");
        Files.createSymbolicLink(root.resolve(".orchard-trash/2026-03-10/link"), outside);
        Path byHand = Files.createDirectories(root.resolve(".orchard-trash/kept by hand"));
        Files.writeString(byHand.resolve("y.txt"), "mine");

        assertThat(new DatedTrash(root, at(NOW.plus(Duration.ofDays(30))), DatedTrash.EmptyFolders.KEEP).purgeOlderThan(30))
                .isZero();
        assertThat(new DatedTrash(root, at(NOW.plus(Duration.ofDays(31))), DatedTrash.EmptyFolders.KEEP).purgeOlderThan(30))
                .as("the file and the link").isEqualTo(2);
        assertThat(root.resolve(".orchard-trash/2026-03-10")).doesNotExist();
        assertThat(outside).hasContent("not Orchard's");
        assertThat(byHand.resolve("y.txt")).hasContent("mine");
    }
}
