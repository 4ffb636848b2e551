package dev.orchard.app.cli;

import dev.orchard.app.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code orchard run} refuses bad configuration with one line and exit code 2, before doing anything. */
class RunCommandTest {
    @TempDir
    Path dir;

    private CliRun run(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("ORCHARD_USERNAME", "me@example.com");
        env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        env.putIfAbsent("ORCHARD_PHOTOS_DIR", dir.resolve("photos").toString());
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(env, dir, all);
    }

    @Test
    void aReachableWebPageWithoutPasswordOrTokenIsRefused() {
        CliRun r = run(Map.of(), "--web-bind", "0.0.0.0");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: --web-bind 0.0.0.0 is reachable from other machines; set --web-password "
                + "(ORCHARD_WEB_PASSWORD) or --web-token (ORCHARD_WEB_TOKEN), or bind to 127.0.0.1 (set on the command line)");
    }

    @Test
    void badSchedulesAndNotificationSettingsAreOneLine() {
        CliRun schedule = run(Map.of("ORCHARD_SESSION_SCHEDULE", "hourly"));
        assertThat(schedule.exit).isEqualTo(2);
        assertThat(schedule.err).startsWith("orchard: --session-schedule: 'hourly' is not a schedule").hasLineCount(1);

        CliRun email = run(Map.of("ORCHARD_NOTIFY_EMAIL", "me@example.com"));
        assertThat(email.exit).isEqualTo(2);
        assertThat(email.err.strip()).isEqualTo("orchard: --notify-email needs --smtp-host (ORCHARD_SMTP_HOST) (set by environment variable ORCHARD_NOTIFY_EMAIL)");

        CliRun events = run(Map.of(), "--notify-events", "mfa-needed,fire");
        assertThat(events.exit).isEqualTo(2);
        assertThat(events.err).contains("'fire' is not an event");
    }

    @Test
    void aBusyPortSaysSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = run(Map.of("ORCHARD_ICLOUD_ENDPOINT", "http://127.0.0.1:9"), "--web-port", Integer.toString(taken.getLocalPort()));
            assertThat(r.exit).isEqualTo(2);
            assertThat(r.err).contains("cannot serve the web page on 127.0.0.1:" + taken.getLocalPort()).contains("choose another --web-port");
        }
    }
}
