package dev.orchard.app.web;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.config.ConfigSources;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.app.daemon.SessionKeeper;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.photos.PhotosSyncCommand;
import dev.orchard.app.signin.DaemonSignIn;
import dev.orchard.app.web.library.ArchiveBackend;
import dev.orchard.app.web.library.ArchiveBackends;
import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.photos.options.SyncOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Archiving an album through the page, as a person would: the fake's Recently Deleted then holds exactly the
 * album's non-favourites. Runs once {@link ArchiveBackends} gives the archive engine (issue 10); skipped until then.
 */
class BrowserArchiveTest {
    @TempDir
    Path dir;
    FakeICloud fake;
    SessionKeeper keeper;
    WebServer server;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (keeper != null) keeper.close();
        if (fake != null) fake.close();
    }

    @Test
    void archiveAnAlbumThroughThePage() throws Exception {
        assumeTrue(Chromium.missing() == null, Chromium.missing());
        fake = FakeICloud.start(FakeConfig.defaults().setup(f -> f.photos().generate(60)));
        fake.account(FakeConfig.DEMO_APPLE_ID).mfaPolicy(MfaPolicy.NONE);
        Clock clock = Clock.systemUTC();
        AppContext ctx = new AppContext(Map.of(), ConfigSources.load(Map.of(), dir), null, clock);
        ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), dir.resolve("state"));
        keeper = new SessionKeeper(FakeConfig.DEMO_APPLE_ID, new DaemonSignIn(ctx, icloud, FakeConfig.DEMO_PASSWORD::toCharArray, Duration.ofMinutes(15)),
                new MfaBroker(Duration.ofSeconds(5)), e -> { }, new RecentErrors(clock), clock);
        CountDownLatch ready = new CountDownLatch(1);
        keeper.onChange(() -> {
            if (keeper.session().isPresent()) ready.countDown();
        });
        keeper.signInAsync();
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        ICloudSession session = keeper.session().orElseThrow();
        Path library = dir.resolve("Pictures");
        ArchiveBackend archive = ArchiveBackends.forLibrary(() -> keeper.session().orElse(null), library);
        String reason = archive.unavailableReason();
        if (reason != null) System.out.println("BrowserArchiveTest skipped: " + reason);
        assumeTrue(reason == null, reason);

        PhotosSyncCommand.run(session, SyncOptions.builder(library).build(), 2, new PrintWriter(new StringWriter()), false);
        Zone zone = fake.photos().library().primary();
        // A plainly named album, so the test can find it in the list by its text (the library also has hostile names).
        Album album = zone.albums().stream().filter(a -> !a.deleted() && a.albumType() == 0 && a.name().matches("[\\p{L}\\p{N} ]+"))
                .filter(a -> zone.assets().stream().anyMatch(x -> x.memberships().stream().anyMatch(r -> r.album() == a)))
                .findFirst().orElseThrow();
        Set<String> expected = zone.assets().stream().filter(x -> !x.favorite() && !x.trashed())
                .filter(x -> x.memberships().stream().map(Relation::album).anyMatch(a -> a == album))
                .map(Asset::recordName).collect(Collectors.toSet());

        Set<String> trashedBefore = zone.assets().stream().filter(Asset::trashed).map(Asset::recordName).collect(Collectors.toSet());

        server = WebServer.serveLibrary("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null),
                new WebSite("", new PhotoLibrary(library), archive));
        browser = Chromium.start(dir.resolve("profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(server.url() + "photos/");
            wait.until(d -> !d.findElements(By.cssSelector(".cell")).isEmpty());
            browser.findElement(By.id("open-archive")).click();
            wait.until(d -> d.findElement(By.id("archive-album")).findElements(By.tagName("option")).size() > 1);
            new Select(browser.findElement(By.id("archive-album"))).selectByVisibleText(
                    browser.findElements(By.cssSelector("#archive-album option")).stream().map(o -> o.getText())
                            .filter(t -> t.startsWith(album.name() + " (") || t.contains("/" + album.name() + " (")).findFirst().orElseThrow());
            browser.findElement(By.id("archive-preview")).click();
            wait.until(d -> d.findElement(By.id("archive-result")).getText().contains("Leaving iCloud"));
            assertThat(browser.findElement(By.id("archive-result")).getText()).contains(String.valueOf(expected.size()));
            browser.findElement(By.id("archive-confirm")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#archive-result p.ok, #archive-result p.bad")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("#archive-result p.ok"))).isNotEmpty();
        } catch (AssertionError | RuntimeException e) {
            Files.write(Path.of("target", "browser-archive-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            throw e;
        }
        // The generated library already has some assets in Recently Deleted: only what the archive added counts.
        Set<String> trashed = zone.assets().stream().filter(Asset::trashed).map(Asset::recordName)
                .filter(id -> !trashedBefore.contains(id)).collect(Collectors.toSet());
        assertThat(trashed).isEqualTo(expected);
    }
}
