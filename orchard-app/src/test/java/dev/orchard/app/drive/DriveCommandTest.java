package dev.orchard.app.drive;

import dev.orchard.app.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The drive commands' options and offline behaviour (syncing itself is tested in orchard-drive). */
class DriveCommandTest {
    @TempDir
    Path dir;

    private Map<String, String> env(String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("ORCHARD_STATE_DIR", dir.resolve("state").toString(),
                "ORCHARD_USERNAME", "me@example.com", "ORCHARD_DRIVE_DIR", dir.resolve("Drive").toString(), "HOME", dir.toString()));
        for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    @Test
    void aBadConflictStrategyIsOneLineAndExitCode2() {
        CliRun r = CliRun.run(env("ORCHARD_DRIVE_CONFLICT_STRATEGY", "newest"), dir, "drive", "sync", "--once");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--drive-conflict-strategy").contains("keep_both, prefer_newer, prefer_local or prefer_remote")
                .hasLineCount(1);
    }

    @Test
    void aNegativeTrashRetentionIsOneLineAndExitCode2() {
        CliRun r = CliRun.run(env("ORCHARD_DRIVE_TRASH_DAYS", "-1"), dir, "drive", "sync", "--once");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: --drive-trash-days (ORCHARD_DRIVE_TRASH_DAYS) must be >= 0, got -1"
                + " (set by environment variable ORCHARD_DRIVE_TRASH_DAYS)");
    }

    @Test
    void aTooShortIntervalIsRefused() {
        CliRun r = CliRun.run(env(), dir, "drive", "sync", "--watch", "--drive-interval", "2s");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("at least 5s");
    }

    @Test
    void statusBeforeTheFirstSyncSaysSo() {
        CliRun r = CliRun.run(env(), dir, "drive", "status");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("never synced");
    }

    @Test
    void noRemoteModeReportsLocalChangesWithoutContactingICloud() throws Exception {
        Files.createDirectories(dir.resolve("Drive"));
        Files.writeString(dir.resolve("Drive/a.txt"), "a");
        CliRun r = CliRun.run(env("ORCHARD_DRIVE_NO_REMOTE", "true", "ORCHARD_ICLOUD_ENDPOINT", "http://127.0.0.1:9"), dir,
                "drive", "sync");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("1 new, 0 changed, 0 deleted");
    }

    @Test
    void globListsFromTheEnvironmentAreCommaSeparated() throws Exception {
        Files.createDirectories(dir.resolve("Drive"));
        Files.writeString(dir.resolve("Drive/a.txt"), "a");
        Files.writeString(dir.resolve("Drive/b.log"), "b");
        Files.writeString(dir.resolve("Drive/c.md"), "c");
        CliRun r = CliRun.run(env("ORCHARD_DRIVE_NO_REMOTE", "true", "ORCHARD_DRIVE_EXCLUDE", "*.log,a.txt"), dir, "drive", "sync");
        assertThat(r.out).as(r.toString()).contains("1 new, 0 changed, 0 deleted");
    }

    @Test
    void driveOptionsAreAcceptedInTheConfigFile() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "drive-conflict-strategy = prefer_newer\ndrive-max-delete = 25\n");
        CliRun r = CliRun.run(env("ORCHARD_CONFIG", config.toString()), dir, "drive", "status");
        assertThat(r.exit).as(r.toString()).isZero();
    }
}
