package dev.orchard.app.web;

import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.status.JobProgress;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.RecentErrors;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusPageTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void showsLiveProgressAndEscapesWhatJobsAndAppleSay() {
        JobSnapshot running = new JobSnapshot("photos", "every 6 h", true, new JobProgress("downloading", 120, 5000, NOW),
                NOW, null, null, null, null, 0, null);
        JobSnapshot failed = new JobSnapshot("drive", "cron '0 3 * * *'", false, null, NOW, NOW, "failed", "<script>alert(1)</script>",
                null, 2, NOW.plusSeconds(120));
        DaemonStatus s = new DaemonStatus("1.0", NOW, List.of(new AccountStatus("me@example.com", "SIGNED_IN", "signed in", "signed in", null,
                NOW.plusSeconds(86400 * 30), false, List.of(running, failed), List.of(new RecentErrors.Entry(NOW, "drive", "<b>bad</b>")))));
        String html = StatusPage.fragment(s, "tok", clock);
        assertThat(html).contains("id=\"job-photos\" class=\"job\" data-job=\"photos\" data-result=\"\" data-running=\"true\"").contains("running: downloading 120 / 5000")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("&lt;b&gt;bad&lt;/b&gt;").contains("(2 failures in a row)").contains("(in 30 days)")
                .contains("<button class=\"sync-now\" disabled>").contains("name=\"csrf\" value=\"tok\"");
        assertThat(StatusPage.page(s, "tok", clock)).contains("<script src=\"status.js\"></script>");
    }
}
