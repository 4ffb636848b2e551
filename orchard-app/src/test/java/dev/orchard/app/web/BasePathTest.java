package dev.orchard.app.web;

import dev.orchard.app.status.AccountStatus;
import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.web.library.PhotoLibrary;
import dev.orchard.app.web.library.WebSite;
import dev.orchard.photos.library.GeneratedLibrary;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a reverse proxy under /orchard: every page, link and redirect stays below it. */
class BasePathTest {
    @TempDir
    Path dir;

    @Test
    void statusLibraryAndRedirectsLiveUnderTheBasePath() throws Exception {
        GeneratedLibrary.write(dir, 3, false);
        DaemonControl daemon = new DaemonControl() {
            public DaemonStatus status() {
                return new DaemonStatus("1.0", Instant.EPOCH, List.of(new AccountStatus("me@example.com", "NEEDS_USER", "needs you", null, null, null,
                        false, List.of(), List.of())));
            }
            public boolean syncNow(String account, String job) { return true; }
            public void signInAgain(String account) { }
            public boolean healthy() { return true; }
        };
        try (WebServer server = WebServer.start("127.0.0.1", 0, WebAccess.forBind("127.0.0.1", null, null, null), daemon,
                List.of(new MfaBroker(Duration.ofMinutes(1))), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC(),
                new WebSite("/orchard/", new PhotoLibrary(dir), null))) {
            assertThat(server.url()).endsWith("/orchard/");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("href=\"photos/\"").contains("src=\"status.js\"").contains("href=\"assets/orchard.css\"")
                    .doesNotContain("href=\"/").doesNotContain("src=\"/").doesNotContain("action=\"/");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url() + "assets/orchard.css")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            String mfa = http.send(HttpRequest.newBuilder(URI.create(server.url() + "mfa")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(mfa).contains("href=\"assets/orchard.css\"").contains("href=\"photos/\"").contains("verification code");
            String page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "photos/")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("name=\"orchard-daemon\" content=\"true\"");
            Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(status.body());
            assertThat(m.find()).as("the sign-in-again form").isTrue();
            {
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url() + "signin"))
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + m.group(1))).header("Content-Type", "application/x-www-form-urlencoded").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(post.statusCode()).isEqualTo(303);
                assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/orchard/");
            }
            assertThat(http.send(HttpRequest.newBuilder(URI.create(server.url().replace("/orchard/", "/api/status"))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }
}
