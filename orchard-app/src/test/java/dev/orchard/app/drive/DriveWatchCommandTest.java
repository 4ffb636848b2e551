package dev.orchard.app.drive;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** orchard drive sync --watch run as a service, against the fake. */
class DriveWatchCommandTest {
    static final String ID = FakeConfig.DEMO_APPLE_ID;

    @TempDir
    Path dir;
    FakeICloud fake;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        fake.account(ID).mfaPolicy(MfaPolicy.NONE);
        env.putAll(Map.of("ORCHARD_STATE_DIR", dir.resolve("state").toString(), "ORCHARD_USERNAME", ID,
                "ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD, "ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl(),
                "ORCHARD_DRIVE_DIR", dir.resolve("Drive").toString(), "HOME", dir.toString(), "ORCHARD_WEB_PORT", "0"));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void withoutAutoReauthASessionAppleEndsStopsTheWatchWithExit3() {
        // Signing in works; then every Drive call says the session is gone, as Apple does when it drops one.
        fake.faults().add(FaultRule.status(ServiceGroup.DRIVE, 421, 0, -1));
        CliRun r = CliRun.run(env, dir, "drive", "sync", "--watch", "--no-auto-reauth");
        assertThat(r.exit).as(r.toString()).isEqualTo(3);
        assertThat(r.err).as(r.toString()).contains("Apple ended the iCloud session of " + ID + " and --no-auto-reauth is set")
                .contains("run: orchard login --username " + ID);
        assertThat(r.out).contains("Status, /metrics and /healthz: http://127.0.0.1:");
    }

    @Test
    void aStatsIntervalThatIsNotOneIsAUsageError() {
        CliRun r = CliRun.run(env, dir, "drive", "sync", "--watch", "--stats-interval", "soon");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("--stats-interval must be a duration like 30m or 1h, or off; got 'soon'");
    }
}
