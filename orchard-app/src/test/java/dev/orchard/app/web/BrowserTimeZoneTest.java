package dev.orchard.app.web;

import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.app.mfa.MfaBroker;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The status page shows its times in the browser's time zone, saying which, whatever zone the server runs in. */
class BrowserTimeZoneTest {
    static final Instant END = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    ChromeDriver browser;
    WebServer web;

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (web != null) web.close();
    }

    @Test
    void timesAreInTheBrowsersZone() throws Exception {
        String missing = Chromium.missing();
        assumeTrue(missing == null, missing);
        JobSnapshot photos = new JobSnapshot("photos", "every 6 h", false, null, END, END, "ok", "done", END, 0, END.plus(Duration.ofHours(6)));
        AccountStatus account = new AccountStatus("mum@example.com", "SIGNED_IN", "signed in", "signed in", null, END.plus(Duration.ofDays(30)),
                false, List.of(photos), List.of(new RecentErrors.Entry(END, "drive", "a hiccup")));
        DaemonControl daemon = new DaemonControl() {
            public DaemonStatus status() {
                return new DaemonStatus("1.0", END, List.of(account));
            }
            public boolean syncNow(String a, String job) { return false; }
            public void signInAgain(String a) { }
            public boolean healthy() { return true; }
        };
        web = WebServer.start("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), daemon, new MfaBroker(Duration.ofMinutes(1)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC());
        browser = Chromium.start(dir.resolve("profile"));
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
        browser.get(web.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.cssSelector("#job-photos time")).getText().contains("19:00"));
        String lastRun = browser.findElement(By.cssSelector("#job-photos time")).getText();
        assertThat(lastRun).as("10:00 UTC is 19:00 in Tokyo, and the page says which zone").isEqualTo("2026-03-01 19:00 GMT+9");
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("UTC");
    }
}
