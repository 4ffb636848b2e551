package dev.orchard.app.drive;

import dev.orchard.app.daemon.MutableClock;
import dev.orchard.app.daemon.SessionState;
import dev.orchard.app.web.WebAccess;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.sync.PassReport;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** drive sync --watch as a service: the page's /metrics (with its token) and /healthz, and the stats line. */
class DriveWatchServiceTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final List<String> log = new ArrayList<>();

    private static PassReport pass(Outcome.Count... counts) {
        Outcome o = new Outcome();
        for (Outcome.Count c : counts) o.count(c);
        return new PassReport(List.of(), o, List.of(), false, false, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), 0, 0, Set.of());
    }

    private static HttpResponse<String> get(String url, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void servesMetricsBehindItsTokenAndHealthzLikeOrchardRun() throws Exception {
        try (DriveWatchService s = new DriveWatchService("me@example.com", "watching", Duration.ofHours(1), clock, log::add)) {
            s.serve("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, "scrape-me"));
            String url = s.url();
            assertThat(get(url + "healthz", null).statusCode()).as("signing in counts as healthy").isEqualTo(200);
            s.signedIn(clock.instant().plus(Duration.ofDays(30)));
            s.passStarted();
            s.passFinished(pass(Outcome.Count.DOWNLOADED, Outcome.Count.DOWNLOADED, Outcome.Count.UPLOADED));

            assertThat(get(url + "metrics", null).statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = get(url + "metrics", "scrape-me");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("orchard_job_runs_total{job=\"drive\",result=\"ok\"} 1.0")
                    .contains("orchard_files_total{job=\"drive\"} 3.0").contains("orchard_session_signed_in 1.0")
                    .containsPattern("orchard_trust_expiry_seconds 2592000");
            assertThat(get(url + "api/status", null).body()).contains("\"name\" : \"drive\"").contains("\"lastResult\" : \"ok\"");
            assertThat(get(url + "healthz", null).statusCode()).isEqualTo(200);

            s.sessionEnded(SessionState.NEEDS_USER);
            assertThat(get(url + "healthz", null).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void logsOneStatsLineEveryInterval() {
        DriveWatchService s = new DriveWatchService("me@example.com", "watching", Duration.ofMinutes(30), clock, log::add);
        s.signedIn(null);
        s.passFinished(pass(Outcome.Count.DOWNLOADED));
        assertThat(log).as("not before the interval").isEmpty();
        clock.advance(Duration.ofMinutes(31));
        s.passFailed("iCloud answered 503");
        clock.advance(Duration.ofMinutes(5));
        s.passFinished(pass(Outcome.Count.UPLOADED, Outcome.Count.FAILED));
        assertThat(log).containsExactly("drive stats: 2 pass(es) in 31 min (1 failed), 1 downloaded, 0 uploaded, 0 renamed, 0 deleted, "
                + "0 conflict(s), 0 failure(s); last pass: failed (iCloud answered 503); session: signed in");
        clock.advance(Duration.ofMinutes(30));
        s.passFinished(pass());
        assertThat(log).hasSize(2);
        assertThat(log.get(1)).startsWith("drive stats: 4 pass(es) in 1 hour (1 failed), 1 downloaded, 1 uploaded")
                .contains("1 failure(s); last pass: ok (nothing to do)");

        DriveWatchService quiet = new DriveWatchService("me@example.com", "watching", Duration.ZERO, clock, log::add);
        clock.advance(Duration.ofDays(1));
        quiet.passFinished(pass());
        assertThat(log).as("--stats-interval 0 logs nothing").hasSize(2);
    }
}
