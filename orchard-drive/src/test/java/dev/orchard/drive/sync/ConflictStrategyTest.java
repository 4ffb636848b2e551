package dev.orchard.drive.sync;

import dev.orchard.drive.options.ConflictStrategy;
import dev.orchard.drive.testing.DriveFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each conflict strategy: who keeps the name, and that the loser is always kept somewhere. */
class ConflictStrategyTest {
    @TempDir
    Path dir;
    DriveFixture f;

    @BeforeEach
    void setUp() {
        f = new DriveFixture(dir);
        f.write("report.pdf", "base");
        f.sync();
    }

    @AfterEach
    void tearDown() {
        f.sync();
        f.assertConverged();
        f.close();
    }

    /** A local and a remote edit with the given modification times. */
    private void edits(Instant localTime, Instant remoteTime) throws Exception {
        Path p = f.write("report.pdf", "local version");
        Files.setLastModifiedTime(p, FileTime.from(localTime));
        f.remote().editFile("report.pdf", "remote version".getBytes(), remoteTime);
    }

    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void keepBothNamesTheICloudVersionAsAConflictCopyKeepingTheExtension() throws Exception {
        edits(T, T.plusSeconds(60));
        f.sync();
        assertThat(f.read("report.pdf")).isEqualTo("local version");
        Map<String, String> tree = f.localTree();
        String copy = tree.keySet().stream().filter(k -> !k.equals("report.pdf")).findFirst().orElseThrow();
        assertThat(copy).matches("report \\(conflict \\d{4}-\\d{2}-\\d{2} \\d{6}\\)\\.pdf");
        assertThat(tree.get(copy)).isEqualTo("remote version");
        assertThat(f.remoteRead(copy)).isEqualTo("remote version");
    }

    @Test
    void preferNewerTakesTheNewerAndKeepsTheOlderLocalAsACopy() throws Exception {
        f.options(o -> o.withConflicts(ConflictStrategy.PREFER_NEWER));
        edits(T, T.plusSeconds(60));
        f.sync();
        assertThat(f.read("report.pdf")).isEqualTo("remote version");
        assertThat(f.localTree()).containsValue("local version").hasSize(2);
    }

    @Test
    void preferNewerSendsAnOlderICloudVersionToTheTrash() throws Exception {
        f.options(o -> o.withConflicts(ConflictStrategy.PREFER_NEWER));
        edits(T.plusSeconds(60), T);
        f.sync();
        assertThat(f.remoteRead("report.pdf")).isEqualTo("local version");
        assertThat(f.remoteTrashContents()).contains("remote version");
    }

    @Test
    void preferNewerWithinOneSecondKeepsBoth() throws Exception {
        f.options(o -> o.withConflicts(ConflictStrategy.PREFER_NEWER));
        edits(T.plusMillis(500), T);
        f.sync();
        assertThat(f.read("report.pdf")).isEqualTo("local version");
        assertThat(f.localTree()).containsValue("remote version").hasSize(2);
    }

    @Test
    void preferLocalReplacesTheICloudVersionWhichStaysInTheTrash() throws Exception {
        f.options(o -> o.withConflicts(ConflictStrategy.PREFER_LOCAL));
        edits(T, T.plusSeconds(60));
        f.sync();
        assertThat(f.remoteRead("report.pdf")).isEqualTo("local version");
        assertThat(f.localTree()).hasSize(1);
        assertThat(f.remoteTrashContents()).contains("remote version");
    }

    @Test
    void preferRemoteKeepsTheLocalVersionAsAConflictCopy() throws Exception {
        f.options(o -> o.withConflicts(ConflictStrategy.PREFER_REMOTE));
        edits(T.plusSeconds(60), T);
        f.sync();
        assertThat(f.read("report.pdf")).isEqualTo("remote version");
        assertThat(f.localTree()).containsValue("local version").hasSize(2);
    }
}
