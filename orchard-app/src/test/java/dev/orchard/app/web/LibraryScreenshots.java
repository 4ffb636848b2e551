package dev.orchard.app.web;

import dev.orchard.app.web.library.ArchiveBackend;
import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.photos.library.AlbumNode;
import dev.orchard.photos.library.AssetKey;
import dev.orchard.photos.library.LibraryView;
import dev.orchard.photos.library.TimelineFilter;
import dev.orchard.photos.library.View;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not a test: takes the README's screenshots when asked, e.g. after {@code ./orchard demo --no-serve}:
 * {@code ./run-tests -pl orchard-app -am -Dtest=LibraryScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 * -Dorchard.screenshots.library=$PWD/orchard-demo/iCloud\ Photos -Dorchard.screenshots.out=$PWD/docs/screenshots}.
 * Thumbnails are the renditions the demo's sync kept; the archive preview is the archive engine's own plan from
 * the library's state.
 */
class LibraryScreenshots {
    @Test
    void take() throws Exception {
        String library = System.getProperty("orchard.screenshots.library");
        assumeTrue(library != null && Chromium.missing() == null, "set orchard.screenshots.library to take screenshots");
        Path out = Path.of(System.getProperty("orchard.screenshots.out", "target/screenshots"));
        Files.createDirectories(out);
        PhotoLibrary photos = new PhotoLibrary(Path.of(library));
        try (WebServer server = WebServer.serveLibrary("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null),
                new WebSite("", photos, dev.orchard.app.web.library.ArchiveBackends.previewOnly(Path.of(library))))) {
            ChromeDriver browser = Chromium.start(Files.createTempDirectory("shots"));
            try {
                for (int[] size : List.of(new int[]{1280, 900}, new int[]{390, 844})) {
                    browser.manage().window().setSize(new Dimension(size[0], size[1]));
                    shoot(browser, server, out, size[0] + "x" + size[1]);
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static void shoot(ChromeDriver b, WebServer server, Path out, String suffix) throws Exception {
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(30));
        JavascriptExecutor js = b;
        b.get("about:blank");
        b.get(server.url() + "photos/#timeline");
        wait.until(d -> !d.findElements(By.cssSelector(".cell img")).isEmpty());
        settle(js);
        Files.write(out.resolve("timeline-" + suffix + ".png"), b.getScreenshotAs(OutputType.BYTES));
        String album = (String) js.executeScript("var a = document.querySelector('#album-tree a:not([href^=\"#albums\"])'); return a ? a.getAttribute('href') : null");
        b.get(server.url() + "photos/" + album);
        wait.until(d -> !d.findElements(By.cssSelector(".cell img")).isEmpty());
        settle(js);
        Files.write(out.resolve("album-" + suffix + ".png"), b.getScreenshotAs(OutputType.BYTES));
        js.executeScript("document.querySelector('.cell[data-kind=\"photo\"], .cell').click()");
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("var i = document.getElementById('viewer-image'); return !!i && i.complete")));
        js.executeScript("document.getElementById('viewer').classList.add('info-open')");
        settle(js);
        Files.write(out.resolve("viewer-" + suffix + ".png"), b.getScreenshotAs(OutputType.BYTES));
        js.executeScript("document.getElementById('viewer-close').click(); document.getElementById('open-archive').click()");
        wait.until(d -> d.findElement(By.id("archive-panel")).isDisplayed());
        wait.until(d -> d.findElement(By.id("archive-album")).findElements(By.tagName("option")).size() > 1);
        new Select(b.findElement(By.id("archive-album"))).selectByIndex(2);
        b.findElement(By.id("archive-preview")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#archive-result table")).isEmpty());
        Files.write(out.resolve("archive-preview-" + suffix + ".png"), b.getScreenshotAs(OutputType.BYTES));
    }

    /** Lets lazy thumbnails finish decoding before the picture is taken. */
    private static void settle(JavascriptExecutor js) {
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.all(Array.from(document.images).map(function (i) { return i.decode().catch(function () {}); })).then(function () { done(); });");
    }

}
