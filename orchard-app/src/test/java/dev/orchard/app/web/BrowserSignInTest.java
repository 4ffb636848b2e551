package dev.orchard.app.web;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.daemon.Daemon;
import dev.orchard.app.daemon.AccountSettings;
import dev.orchard.app.daemon.AccountSetup;
import dev.orchard.app.daemon.DaemonSettings;
import dev.orchard.app.daemon.FakeSignIn;
import dev.orchard.app.daemon.PingJob;
import dev.orchard.app.daemon.IntervalSchedule;
import dev.orchard.app.status.JobSnapshot;
import dev.orchard.app.daemon.ScheduledJob;
import dev.orchard.app.daemon.SdNotify;
import dev.orchard.app.daemon.SessionCheckJob;
import dev.orchard.app.daemon.SessionState;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.password.PasswordSources;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * As a person would: the daemon signs in to the embedded fake with the real sign-in client, Apple (the
 * fake) wants a code, and it is typed into the status page's 2FA form in headless Chromium.
 */
class BrowserSignInTest {
    private static final Pattern CODE = Pattern.compile("(\\d{6})\\s*$");

    @TempDir
    Path dir;
    FakeICloud fake;
    Daemon daemon;
    ChromeDriver browser;
    final BlockingQueue<String> codes = new LinkedBlockingQueue<>();
    final BlockingQueue<JobSnapshot> runs = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (daemon != null) daemon.close();
        if (fake != null) fake.close();
    }

    private static void assumeChromium() {
        String missing = Chromium.missing();
        if (missing != null) System.out.println("BrowserSignInTest skipped: " + missing);
        assumeTrue(missing == null, missing);
    }

    /** The fake's sign-in endpoints come from another branch; until they are in this build there is nothing to sign in to. */
    private void assumeFakeSignsIn() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/appleauth/auth/signin/init"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        String reason = "the fake iCloud in this build does not answer signin/init yet (HTTP " + r.statusCode() + ")";
        if (r.statusCode() == 404) System.out.println("BrowserSignInTest skipped: " + reason);
        assumeTrue(r.statusCode() != 404, reason);
    }

    @Test
    void theCodeTypedIntoTheWebPageSignsTheDaemonInAndTheJobRuns() throws Exception {
        assumeChromium();
        fake = FakeICloud.start(FakeConfig.defaults());
        fake.onNotice(n -> {
            Matcher m = CODE.matcher(n);
            if (m.find()) codes.add(m.group(1));
        });
        assumeFakeSignsIn();

        Map<String, String> env = Map.of("HOME", dir.toString(), "ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD);
        AppContext ctx = new AppContext(env, ConfigSources.load(env, dir), null, Clock.systemUTC());
        ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), dir.resolve("state"));
        AccountSettings settings = new AccountSettings(FakeConfig.DEMO_APPLE_ID, icloud.store(env).directory(), Duration.ofMinutes(5), Duration.ofDays(7), 3, List.of(), EnumSet.allOf(EventType.class));
        DaemonSettings web = new DaemonSettings("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), Duration.ofSeconds(10));
        PasswordSources password = new PasswordSources(FakeConfig.DEMO_APPLE_ID, null, null, FakeConfig.DEMO_PASSWORD, null);
        daemon = new Daemon(web, List.of(new AccountSetup(settings, new DaemonSignIn(ctx, icloud, password, Duration.ofMinutes(15)), List.of(new ScheduledJob(new SessionCheckJob(), new IntervalSchedule(Duration.ofHours(1)))))), new SdNotify(null), Clock.systemUTC());
        daemon.accounts().get(0).scheduler().onRunFinished(runs::add);
        daemon.start();

        enterCodeInBrowser(() -> codes.poll(30, TimeUnit.SECONDS), "session");
    }

    /** The same page flow with the daemon's session dropped mid-run (sign-in itself played by the test's opener). */
    @Test
    void aDroppedSessionIsResumedByTheCodeTypedIntoTheWebPage() throws Exception {
        assumeChromium();
        fake = FakeICloud.start(FakeConfig.defaults());
        FakeSignIn signIn = new FakeSignIn(fake, FakeConfig.DEMO_APPLE_ID, dir);
        signIn.requireCode = true;
        AccountSettings settings = new AccountSettings(FakeConfig.DEMO_APPLE_ID, dir.resolve("account"), Duration.ofMinutes(5), Duration.ofDays(7), 3, List.of(), EnumSet.allOf(EventType.class));
        DaemonSettings web = new DaemonSettings("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), Duration.ofSeconds(10));
        daemon = new Daemon(web, List.of(new AccountSetup(settings, signIn, List.of(new ScheduledJob(new PingJob(fake.baseUrl()), new IntervalSchedule(Duration.ofHours(1)))))), new SdNotify(null), Clock.systemUTC());
        daemon.accounts().get(0).scheduler().onRunFinished(runs::add);
        daemon.start();
        enterCodeInBrowser(() -> FakeSignIn.CODE, "ping");

        fake.sessions().expireAll(fake.account(FakeConfig.DEMO_APPLE_ID));
        browser.get(daemon.webUrl());
        browser.findElement(By.cssSelector("#job-ping .sync-now")).click();
        // The click only submits the form; navigating away before the daemon has the request would cancel it.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> daemon.accounts().get(0).keeper().state() == SessionState.WAITING_FOR_CODE);
        enterCodeInBrowser(() -> FakeSignIn.CODE, "ping");
        assertThat(signIn.signIns.get()).isEqualTo(2);
    }

    private interface CodeSource {
        String next() throws InterruptedException;
    }

    /** Status page -> "Enter the verification code" -> type it -> the job runs and the page shows it. */
    private void enterCodeInBrowser(CodeSource codeSource, String job) throws Exception {
        if (browser == null) browser = Chromium.start(dir.resolve("chromium-profile"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(daemon.webUrl());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enter-code"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        String code = codeSource.next();
        assertThat(code).as("a code was sent").isNotNull();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText()).contains("Code received");

        JobSnapshot run = runs.poll(60, TimeUnit.SECONDS);
        assertThat(run).as("the job ran").isNotNull();
        assertThat(run.lastResult()).isEqualTo("ok");
        assertThat(daemon.accounts().get(0).keeper().state()).isEqualTo(SessionState.SIGNED_IN);

        browser.get(daemon.webUrl());
        wait.until(ExpectedConditions.attributeToBe(By.id("job-" + job), "data-result", "ok"));
        assertThat(browser.findElement(By.id("session-state")).getDomAttribute("data-state")).isEqualTo("signed_in");
        Files.write(Path.of("target", "browser-status.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
