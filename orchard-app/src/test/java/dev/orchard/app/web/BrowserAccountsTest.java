package dev.orchard.app.web;

import dev.orchard.app.web.library.AccountLibrary;
import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.photos.library.AssetKey;
import dev.orchard.photos.library.GeneratedLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Apple IDs' libraries on one page, in headless Chromium: the first is shown at today's URL, the account chooser
 * switches to the other (its grid, a photo in the viewer), and everything the page loaded came from Orchard itself.
 */
class BrowserAccountsTest {
    static final String MUM = "mum@example.com";
    static final String DAD = "dad+photos@example.com";

    @TempDir
    Path dir;
    WebServer server;
    ChromeDriver browser;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private void serveTwoLibraries() throws Exception {
        GeneratedLibrary.write(dir.resolve("mum"), 30, true);
        GeneratedLibrary.write(dir.resolve("dad"), 12, true);
        server = WebServer.serveLibrary("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), new WebSite("", List.of(
                new AccountLibrary(MUM, new PhotoLibrary(dir.resolve("mum")), null),
                new AccountLibrary(DAD, new PhotoLibrary(dir.resolve("dad")), null))));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachAccountsLibraryHasItsOwnApiAndTheFirstKeepsTodaysUrls() throws Exception {
        serveTwoLibraries();
        assertThat(get("api/photos/accounts").body()).isEqualTo("{\"accounts\":[\"" + MUM + "\",\"" + DAD + "\"]}");
        assertThat(get("api/photos/timeline?limit=100").body()).as("today's URL: the first library").contains("IMG_00029.JPG");
        assertThat(get("api/photos/accounts/" + MUM + "/timeline?limit=100").body()).contains("IMG_00029.JPG");
        String dad = get("api/photos/accounts/dad%2Bphotos%40example.com/timeline?limit=100").body();
        assertThat(dad).contains("IMG_00011.JPG").doesNotContain("IMG_00012.JPG");
        String token = new AssetKey(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(3)).token();
        assertThat(get("api/photos/accounts/DAD+photos@example.com/assets/" + token).statusCode()).as("case does not matter").isEqualTo(200);
        HttpResponse<String> nobody = get("api/photos/accounts/nobody@example.com/timeline");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("no photo library for that account");
        assertThat(get("api/photos/accounts/" + MUM).statusCode()).isEqualTo(404);
    }

    @Test
    void oneLibraryNamesNoAccount() throws Exception {
        GeneratedLibrary.write(dir, 3, false);
        server = WebServer.serveLibrary("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null),
                new WebSite("", new PhotoLibrary(dir), null));
        assertThat(get("api/photos/accounts").body()).isEqualTo("{\"accounts\":[]}");
        assertThat(get("api/photos/timeline").body()).contains("IMG_00002.JPG");
    }

    @Test
    void chooseAnAccountOnThePage() throws Exception {
        String missing = Chromium.missing();
        if (missing != null) System.out.println("BrowserAccountsTest skipped: " + missing);
        assumeTrue(missing == null, missing);
        serveTwoLibraries();
        browser = Chromium.start(dir.resolve("profile"));
        try {
            walkThrough();
        } catch (AssertionError | RuntimeException e) {
            Path shot = Path.of("target", "browser-accounts-failure.png");
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("BrowserAccountsTest failed; screenshot in " + shot.toAbsolutePath());
            throw e;
        }
    }

    private void walkThrough() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        JavascriptExecutor js = browser;
        browser.get(server.url() + "photos/");
        wait.until(d -> d.findElement(By.id("count")).getText().startsWith("30 "));
        wait.until(d -> !d.findElements(By.id("account-choice")).isEmpty());
        Select choice = new Select(browser.findElement(By.id("account-choice")));
        assertThat(choice.getOptions()).extracting(o -> o.getText()).containsExactly(MUM, DAD);
        assertThat(choice.getFirstSelectedOption().getText()).isEqualTo(MUM);

        choice.selectByVisibleText(DAD);
        wait.until(d -> d.getCurrentUrl().contains("?account="));
        wait.until(d -> d.findElement(By.id("count")).getText().startsWith("12 "));
        assertThat(new Select(browser.findElement(By.id("account-choice"))).getFirstSelectedOption().getText()).isEqualTo(DAD);
        String first = new AssetKey(GeneratedLibrary.ZONE, GeneratedLibrary.assetId(0)).token();
        wait.until(d -> !d.findElements(By.cssSelector(".cell[data-id='" + first + "']")).isEmpty());
        browser.findElement(By.cssSelector(".cell[data-id='" + first + "']")).click();
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("var i = document.getElementById('viewer-image'); return !!i && i.complete && i.naturalWidth > 0")));
        assertThat((String) js.executeScript("return document.getElementById('viewer-image').src")).contains("/api/photos/accounts/dad%2Bphotos%40example.com/");

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                + ".concat([location.href])");
        String origin = server.url().substring(0, server.url().length() - 1);
        assertThat(loaded).as("the page loads nothing from the internet").isNotEmpty()
                .allSatisfy(u -> assertThat(u).matches(s -> s.startsWith(origin + "/") || s.startsWith("blob:" + origin), "from " + origin));
    }
}
