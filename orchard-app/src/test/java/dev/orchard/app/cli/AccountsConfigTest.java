package dev.orchard.app.cli;

import dev.orchard.app.CliRun;
import dev.orchard.icloud.session.SessionStore;
import dev.orchard.icloud.session.StoredSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Several Apple IDs in one configuration: [account] sections, repeated --username, and commands that find the one signed in. */
class AccountsConfigTest {
    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() throws IOException {
        Files.writeString(dir.resolve("config"), "");
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("ORCHARD_CONFIG", dir.resolve("config").toString());
        env.put("ORCHARD_ICLOUD_ENDPOINT", "http://127.0.0.1:9");
    }

    private void config(String text) throws IOException {
        Files.writeString(dir.resolve("config"), text);
    }

    private CliRun run(String... args) {
        return CliRun.run(env, dir, args);
    }

    @Test
    void eachSectionIsAnAccountWithItsOwnFoldersAndSchedules() throws IOException {
        config("""
                session-schedule = 2h

                [account mum@example.com]
                photos-dir = %s
                drive-dir = %s

                [account dad@example.com]
                photos-dir = %s
                photos-schedule = 1d
                """.formatted(dir.resolve("mum-photos"), dir.resolve("mum-drive"), dir.resolve("dad-photos")));
        CliRun r = run("doctor", "--offline");
        assertThat(r.out).as(r.toString()).contains("ok    account        mum@example.com")
                .contains("ok    jobs           photos every 6 h, drive every 5 min")
                .contains("ok    account        dad@example.com").contains("ok    jobs           photos every 1 d")
                .containsSubsequence("mum@example.com", "dad@example.com");
    }

    @Test
    void aServiceWideOptionInASectionIsRefusedWithItsLine() throws IOException {
        config("""
                [account mum@example.com]
                photos-dir = /tmp/mum
                web-port = 9000
                """);
        CliRun r = run("run");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: " + dir.resolve("config") + " line 3: 'web-port' cannot be set per account "
                + "(it is not an option of an account, or it applies to the whole service: put it above the first [account] section)");
    }

    @Test
    void aBadValueInASectionNamesItsLine() throws IOException {
        config("""
                [account mum@example.com]
                photos-dir = %s
                photos-listing-threads = 100
                """.formatted(dir.resolve("mum")));
        CliRun r = run("run");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: --photos-listing-threads must be 1-32, got 100 (set by " + dir.resolve("config") + " line 3)");
    }

    @Test
    void aBrokenSectionHeaderIsOneLine() throws IOException {
        config("[acount mum@example.com]\n");
        CliRun r = run("doctor");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: " + dir.resolve("config")
                + " line 1: expected a section like [account you@example.com], got '[acount mum@example.com]'");
    }

    @Test
    void twoUsernamesSharingOneLibraryAreRefused() {
        CliRun r = run("run", "--username", "mum@example.com", "-u", "dad@example.com", "--photos-dir", dir.resolve("p").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains(dir.resolve("p") + " is both mum@example.com's photos-dir and dad@example.com's photos-dir")
                .hasLineCount(1);
    }

    @Test
    void runWithNothingToSyncSaysWhatToAdd() {
        env.put("ORCHARD_USERNAME", "me@example.com");
        CliRun r = run("run");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: nothing to sync for me@example.com: set photos-dir (a photos backup every 6h) "
                + "and/or drive-dir (iCloud Drive kept in sync, checked every 5m) in the config file, as ORCHARD_PHOTOS_DIR / "
                + "ORCHARD_DRIVE_DIR, or with --photos-dir / --drive-dir");
    }

    @Test
    void withoutUsernameTheOneSignedInAccountIsUsedAndSeveralAreNamed() {
        signIn("mum@example.com");
        CliRun one = run("status", "--offline");
        assertThat(one.out).as(one.toString()).contains("Account:      mum@example.com");

        signIn("dad@example.com");
        CliRun two = run("status", "--offline");
        assertThat(two.exit).isEqualTo(2);
        assertThat(two.err.strip()).isEqualTo("orchard: several Apple IDs are signed in on this machine (dad@example.com, mum@example.com); "
                + "choose one with --username");
        assertThat(run("status", "--offline", "-u", "dad@example.com").out).contains("Account:      dad@example.com");
    }

    private void signIn(String appleId) {
        Instant now = Instant.now();
        SessionStore.forAccount(dir.resolve("state"), appleId).saveSession(StoredSession.fresh(appleId, "c").withAccount("1", null, now));
    }
}
