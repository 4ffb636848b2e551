package dev.orchard.app.cli;

import dev.orchard.app.CliRun;
import dev.orchard.app.daemon.JobHistory;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.session.SessionStore;
import dev.orchard.icloud.session.StoredSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorAndStatusTest {
    static final String ID = "me@example.com";

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() {
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    }

    /** A stored, trusted session as 'orchard login' leaves it. */
    private SessionStore signedIn(Duration trustLeft) {
        SessionStore store = SessionStore.forAccount(dir.resolve("state"), ID);
        Instant now = Instant.now();
        store.saveSession(StoredSession.fresh(ID, "auth-1").withTrustToken("trust-token", now).withAccount("123", null, now));
        store.saveCookies(List.of(new StoredCookie("X-APPLE-WEBAUTH-HSA-TRUST", "\"t\"", "icloud.com", false, "/", now.plus(trustLeft), true, true),
                new StoredCookie("X-APPLE-WEBAUTH-TOKEN", "\"v=2:t=x\"", "icloud.com", false, "/", now.plus(trustLeft), true, true)));
        return store;
    }

    @Test
    void doctorWithoutAnAppleIdSaysHowToSetOne() {
        CliRun r = CliRun.run(env, dir, "doctor", "--offline");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).contains("FIX   account        no Apple ID configured").contains("-> set username in the config file or ORCHARD_USERNAME")
                .contains("1 problem(s) to fix");
    }

    @Test
    void doctorFindsOpenPermissionsAMissingSessionAndABadWebBind() throws Exception {
        env.put("ORCHARD_USERNAME", ID);
        env.put("ORCHARD_WEB_BIND", "0.0.0.0");
        Path state = Files.createDirectories(dir.resolve("state"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun r = CliRun.run(env, dir, "doctor", "--offline");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).contains("is open to other users").contains("-> chmod 700 " + state)
                .contains("FIX   session        not signed in").contains("-> run: orchard login --username " + ID)
                .contains("FIX   web server     --web-bind 0.0.0.0 is reachable from other machines")
                .contains("WARN  password       no password source").contains("FIX   jobs           nothing to sync for " + ID + ": set photos-dir")
                .contains("4 problem(s) to fix, 1 warning(s).");
    }

    @Test
    void doctorIsHappyWithAPrivateTrustedSessionAndWarnsBeforeTrustEnds() throws Exception {
        env.put("ORCHARD_USERNAME", ID);
        env.put("ORCHARD_PASSWORD", "pw");
        env.put("ORCHARD_PHOTOS_DIR", dir.resolve("photos").toString());
        SessionStore store = signedIn(Duration.ofDays(40));
        CliRun ok = CliRun.run(env, dir, "doctor", "--offline");
        assertThat(ok.exit).as(ok.toString()).isZero();
        assertThat(ok.out).contains("ok    jobs           photos every 6 h").doesNotContain("job(s) scheduled").contains("ok    session        stored (not checked: --offline)").contains("ok    disk")
                .contains("is private (700)").contains("Everything looks good.");

        signedIn(Duration.ofDays(3));
        Files.setPosixFilePermissions(store.directory().resolve("cookies.json"), PosixFilePermissions.fromString("rw-r--r--"));
        CliRun warn = CliRun.run(env, dir, "doctor", "--offline");
        assertThat(warn.exit).isEqualTo(1);
        assertThat(warn.out).contains("WARN  trust          Apple asks for a new code in 2 days")
                .contains("cookies.json is readable by other users");
    }

    @Test
    void statusKeepsItsLinesAndAddsEveryJob() {
        env.put("ORCHARD_USERNAME", ID);
        SessionStore store = signedIn(Duration.ofDays(40));
        Instant end = Instant.parse("2026-03-01T10:00:00Z");
        new JobHistory(store.directory()).save(List.of(
                new JobSnapshot("session", "every 1 h", false, null, end, end, "ok", "session valid", end, 0, end.plus(Duration.ofHours(1))),
                new JobSnapshot("photos", "every 6 h", false, null, end, end, "failed", "disk full", null, 2, end.plusSeconds(120))));
        CliRun r = CliRun.run(env, dir, "status", "--offline");
        assertThat(r.out).contains("Account:      me@example.com (dsid 123)").contains("Trust token:")
                .contains("Jobs:").containsPattern("  session    ok at 2026-03-01 \\d\\d:00 .* \\(session valid\\); next ")
                .contains("  photos     failed at").contains("(disk full); 2 failure(s) in a row");
    }

    @Test
    void statusLoginAndPhotosSyncReportAnUnreadableSessionAndLeaveItAlone() throws Exception {
        env.put("ORCHARD_USERNAME", ID);
        env.put("ORCHARD_PASSWORD", "pw");
        env.put("ORCHARD_ICLOUD_ENDPOINT", "http://127.0.0.1:9");
        SessionStore store = SessionStore.forAccount(dir.resolve("state"), ID);
        Path session = Files.createDirectories(store.directory().resolve("session.json"));
        for (String[] command : List.of(new String[]{"status"}, new String[]{"login"},
                new String[]{"photos", "sync", "--photos-dir", dir.resolve("photos").toString()})) {
            CliRun r = CliRun.run(env, dir, command);
            assertThat(r.exit).as(r.toString()).isNotZero();
            assertThat(r.err).as(r.toString()).contains("cannot read " + session).contains("Orchard leaves it untouched");
            assertThat(session).isDirectory();
            try (var files = Files.list(store.directory())) {
                assertThat(files.map(p -> p.getFileName().toString())).as(String.join(" ", command)).contains("session.json")
                        .noneMatch(n -> n.contains("unreadable"));
            }
        }
    }
}
