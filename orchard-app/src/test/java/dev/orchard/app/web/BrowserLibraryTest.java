package dev.orchard.app.web;

import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.library.AssetKey;
import dev.orchard.photos.library.GeneratedLibrary;
import dev.orchard.photos.library.GeneratedSharedAlbums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * As a person would, in headless Chromium: the timeline, a jump to an old month, a photo and the next one, a
 * video that seeks, a Live Photo that moves, an album. A failure leaves a screenshot in target/.
 */
class BrowserLibraryTest {
    private static final int ASSETS = 1200;

    @TempDir
    Path dir;
    WebServer server;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static String id(int i) {
        return new AssetKey(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(i)).token();
    }

    /** Real video bytes (a WebM Chromium recorded) in place of the generated stand-ins, so playback and seeking are real. */
    private void realVideos(int... assets) throws Exception {
        byte[] clip;
        try (InputStream in = getClass().getResourceAsStream("library/clip.webm")) {
            clip = in.readAllBytes();
        }
        try (var db = dev.orchard.photos.state.StateDb.open(new LibraryPaths(dir).database(), true)) {
            for (int i : assets) {
                for (String path : db.query("SELECT path FROM files WHERE asset_id = ? AND role IN ('ORIGINAL', 'LIVE_VIDEO')"
                        + " AND path LIKE '%.MOV'", rs -> rs.getString(1), GeneratedLibrary.assetId(i))) {
                    Files.write(dir.resolve(path), clip);
                }
            }
        }
    }

    @Test
    void browseTheLibraryAsAPersonWould() throws Exception {
        String missing = Chromium.missing();
        if (missing != null) System.out.println("BrowserLibraryTest skipped: " + missing);
        assumeTrue(missing == null, missing);
        GeneratedLibrary.write(dir, ASSETS, true);
        GeneratedSharedAlbums.write(dir);
        realVideos(3, 5);
        server = WebServer.serveLibrary("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null),
                new WebSite("", new PhotoLibrary(dir), null));
        browser = Chromium.start(dir.resolve("profile"));
        try {
            walkThrough();
        } catch (AssertionError | RuntimeException e) {
            Path shot = Path.of("target", "browser-library-failure.png");
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("BrowserLibraryTest failed; screenshot in " + shot.toAbsolutePath());
            throw e;
        }
    }

    private void walkThrough() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        JavascriptExecutor js = browser;
        browser.get(server.url() + "photos/");
        wait.until(d -> !d.findElements(cell(0)).isEmpty());
        assertThat(browser.findElement(By.id("count")).getText()).contains("1,200");
        int inDom = browser.findElements(By.cssSelector(".cell")).size();
        assertThat(inDom).as("only what is near the viewport is in the page").isBetween(1, 400);

        // Jump to the oldest month with the scrubber.
        List<WebElement> ticks = browser.findElements(By.cssSelector("#scrubber .tick"));
        WebElement oldest = ticks.get(ticks.size() - 1);
        String month = oldest.getAttribute("data-month");
        js.executeScript("arguments[0].click()", oldest);
        wait.until(d -> !d.findElements(cell(ASSETS - 1)).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".month[data-month='" + month + "']")).isDisplayed()).isTrue();
        assertThat(browser.findElements(cell(0))).as("the newest month left the page").isEmpty();

        // Back to the newest, open a photo, step to the next.
        js.executeScript("arguments[0].click()", browser.findElement(By.cssSelector("#scrubber .tick")));
        wait.until(d -> !d.findElements(cell(0)).isEmpty());
        browser.findElement(cell(0)).click();
        wait.until(d -> d.findElement(By.id("viewer")).isDisplayed());
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("var i = document.getElementById('viewer-image'); return !!i && i.complete && i.naturalWidth > 0")));
        assertThat(browser.findElement(By.id("viewer")).getAttribute("data-id")).isEqualTo(id(0));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(d -> id(1).equals(d.findElement(By.id("viewer")).getAttribute("data-id")));
        browser.findElement(By.id("viewer-info-toggle")).click();
        wait.until(d -> d.findElement(By.id("viewer-info")).getText().contains("IMG_00001.JPG"));
        assertThat(browser.findElement(By.id("viewer-info")).getText()).contains("96 × 64").contains("verified against iCloud's checksum on ");

        // A video: it plays and seeks (Range requests).
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(d -> !d.findElements(By.id("viewer-video")).isEmpty());
        js.executeScript("var v = document.getElementById('viewer-video'); v.muted = true;"
                + "v.addEventListener('seeked', function () { window.seekedAt = v.currentTime; });"
                + "var go = function () { v.currentTime = 1.5; v.play().catch(function () {}); };"
                + "if (v.readyState >= 1) go(); else v.addEventListener('loadedmetadata', go);");
        wait.until(d -> js.executeScript("return window.seekedAt") != null);
        assertThat(((Number) js.executeScript("return window.seekedAt")).doubleValue()).isBetween(1.0, 2.0);

        // A Live Photo: pressing it plays its motion.
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(d -> id(5).equals(d.findElement(By.id("viewer")).getAttribute("data-id")));
        wait.until(d -> d.findElement(By.id("live-badge")).isDisplayed());
        js.executeScript("document.getElementById('viewer-image').dispatchEvent(new PointerEvent('pointerdown'))");
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("var m = document.getElementById('viewer-live'); return !m.hidden && m.currentTime > 0")));

        // An album, from the tree; names are text, never markup.
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> !d.findElement(By.id("viewer")).isDisplayed());
        assertThat(browser.findElements(By.cssSelector("#album-tree img"))).isEmpty();
        assertThat(browser.findElement(By.id("album-tree")).getText()).contains("<img src=x onerror=alert(1)>");
        browser.findElement(By.xpath("//ul[@id='album-tree']//a[starts-with(normalize-space(.), 'Rome')]")).click();
        wait.until(d -> d.findElement(By.id("title")).getText().equals("Travel/Rome"));
        wait.until(d -> !d.findElements(cell(0)).isEmpty());
        assertThat(browser.findElement(By.id("count")).getText()).isEqualTo("400 items");
        assertThat(browser.findElements(cell(1))).as("asset 1 is in Paris, not Rome").isEmpty();

        // A shared album: its card, its grid, the viewer with caption and contributor, the next item.
        browser.findElement(By.id("nav-shared")).click();
        wait.until(d -> d.findElements(By.cssSelector(".shared-album")).size() == 2);
        assertThat(browser.findElement(By.id("albums-view")).getText()).contains("<img src=x onerror=alert(1)>").contains("3 items");
        assertThat(browser.findElements(By.cssSelector("#albums-view .name img"))).isEmpty();
        browser.findElement(By.cssSelector(".shared-album[data-shared-album='" + GeneratedSharedAlbums.albumId(GeneratedSharedAlbums.TRIP) + "']")).click();
        wait.until(d -> d.findElement(By.id("title")).getText().equals("Family Trip"));
        String first = GeneratedSharedAlbums.itemId(GeneratedSharedAlbums.TRIP, "item-1");
        wait.until(d -> d.findElements(By.cssSelector(".shared-grid .cell")).size() == 3);
        browser.findElement(By.cssSelector(".shared-grid .cell[data-id='" + first + "']")).click();
        wait.until(d -> first.equals(d.findElement(By.id("viewer")).getAttribute("data-id")));
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("var i = document.getElementById('viewer-image'); return !!i && i.complete && i.naturalWidth > 0")));
        wait.until(d -> d.findElement(By.id("viewer-info")).getText().contains("At the lake"));
        assertThat(browser.findElement(By.id("viewer-info")).getText()).contains("Ann").contains("Family Trip").contains("IMG_0001.JPG");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        String second = GeneratedSharedAlbums.itemId(GeneratedSharedAlbums.TRIP, "item-2");
        wait.until(d -> second.equals(d.findElement(By.id("viewer")).getAttribute("data-id")));
        wait.until(d -> d.findElement(By.id("viewer-info")).getText().contains("Bob"));
    }

    private static By cell(int i) {
        return By.cssSelector(".cell[data-id='" + id(i) + "']");
    }
}
