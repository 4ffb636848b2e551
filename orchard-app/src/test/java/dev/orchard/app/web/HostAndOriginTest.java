package dev.orchard.app.web;

import dev.orchard.app.status.DaemonStatus;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.mfa.MfaWebServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding and cross-site requests against the real web server: a page on another site may make the
 * browser send anything, but it cannot choose the Host, Origin or Sec-Fetch-Site headers.
 */
class HostAndOriginTest {
    final AtomicInteger signIns = new AtomicInteger();
    final AtomicInteger syncs = new AtomicInteger();
    WebServer web;
    MfaWebServer mfa;

    @AfterEach
    void stop() throws Exception {
        if (web != null) web.close();
        if (mfa != null) mfa.close();
    }

    private int start(WebAccess access) throws Exception {
        DaemonControl daemon = new DaemonControl() {
            @Override
            public DaemonStatus status() {
                throw new AssertionError("not used by these requests");
            }

            @Override
            public boolean syncNow(String account, String job) {
                syncs.incrementAndGet();
                return true;
            }

            @Override
            public void signInAgain(String account) {
                signIns.incrementAndGet();
            }

            @Override
            public boolean healthy() {
                return true;
            }
        };
        web = WebServer.start("127.0.0.1", 0, access, daemon, new MfaBroker(Duration.ofMinutes(1)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Clock.systemUTC());
        return web.port();
    }

    private static WebAccess loopback() {
        return WebAccess.forBind("127.0.0.1", null, null, null);
    }

    @Test
    void aRebindingPageIsRefusedOnEveryRoute() throws Exception {
        int port = start(loopback());
        for (String path : List.of("/healthz", "/metrics", "/", "/mfa", "/nope")) {
            RawHttp r = RawHttp.get(port, path, "attacker.example:" + port);
            assertThat(r.status()).as(path).isEqualTo(421);
            assertThat(r.body()).hasLineCount(1).contains("answers to localhost, 127.0.0.1, ::1").contains("--web-host");
        }
        RawHttp post = RawHttp.send(port, "POST", "/signin", "attacker.example:" + port, "csrf=x", "Origin", "http://attacker.example:" + port);
        assertThat(post.status()).isEqualTo(421);
        assertThat(signIns).hasValue(0);
    }

    @Test
    void loopbackNamesAndAddressesAreAcceptedWithOrWithoutThePort() throws Exception {
        int port = start(loopback());
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "localhost", "LOCALHOST.", "[::1]:" + port, "127.0.0.1")) {
            assertThat(RawHttp.get(port, "/healthz", host).status()).as(host).isEqualTo(200);
        }
        assertThat(RawHttp.get(port, "/healthz", "localhost.attacker.example").status()).isEqualTo(421);
        assertThat(RawHttp.get(port, "/healthz", "192.168.1.9:" + port).status()).isEqualTo(421);
        assertThat(RawHttp.get(port, "/healthz", "127.0.0.1:" + port + "@evil").status()).isIn(400, 421);
    }

    @Test
    void aNameAddedWithWebHostIsAccepted() throws Exception {
        int port = start(loopback().withHosts(List.of("nas.example.com", "Photos.Local:8443")));
        assertThat(RawHttp.get(port, "/healthz", "nas.example.com").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/healthz", "photos.local:443").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/healthz", "other.example.com").status()).isEqualTo(421);
        // Behind a reverse proxy that sends its own Host, the browser's Origin is the added name.
        String csrf = web.csrfToken();
        assertThat(RawHttp.send(port, "POST", "/signin", "127.0.0.1:" + port, "csrf=" + csrf, "Origin", "https://nas.example.com").status())
                .isEqualTo(303);
        assertThat(signIns).hasValue(1);
    }

    @Test
    void postsMustComeFromThisServersOwnPage() throws Exception {
        int port = start(loopback());
        String host = "127.0.0.1:" + port;
        String csrf = web.csrfToken();
        RawHttp otherOrigin = RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf, "Origin", "http://attacker.example");
        assertThat(otherOrigin.status()).isEqualTo(403);
        assertThat(otherOrigin.body()).contains("another site");
        assertThat(RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf, "Origin", "null").status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf, "Origin", "http://" + host, "Sec-Fetch-Site", "cross-site")
                .status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf, "Origin", "http://" + host, "Sec-Fetch-Site", "same-site")
                .status()).isEqualTo(403);
        RawHttp noOriginNoToken = RawHttp.send(port, "POST", "/mfa", host, "code=123456");
        assertThat(noOriginNoToken.status()).isEqualTo(403);
        assertThat(noOriginNoToken.body()).contains("CSRF token");
        assertThat(RawHttp.send(port, "PUT", "/signin", host, "csrf=" + csrf, "Origin", "http://attacker.example").status()).isEqualTo(403);
        assertThat(syncs).hasValue(0);
        assertThat(signIns).hasValue(0);

        assertThat(RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf, "Origin", "http://" + host, "Sec-Fetch-Site", "same-origin")
                .status()).isEqualTo(303);
        assertThat(RawHttp.send(port, "POST", "/sync/photos", host, "csrf=" + csrf).status()).isEqualTo(303);
        assertThat(RawHttp.send(port, "POST", "/mfa", host, "code=123456&csrf=" + csrf).status()).isEqualTo(409);
        assertThat(RawHttp.send(port, "POST", "/mfa", host, "code=123456", "X-CSRF-Token", csrf, "Origin", "http://" + host).status()).isEqualTo(409);
        assertThat(syncs).hasValue(2);
    }

    @Test
    void theLoginCodePageRefusesRebindingAndOtherSitesToo() throws Exception {
        mfa = MfaWebServer.start(new MfaBroker(Duration.ofMinutes(1)), "127.0.0.1", 0, null);
        int port = mfa.port();
        assertThat(RawHttp.get(port, "/mfa", "attacker.example:" + port).status()).isEqualTo(421);
        assertThat(RawHttp.send(port, "POST", "/mfa", "localhost:" + port, "code=123456", "Origin", "http://attacker.example").status())
                .isEqualTo(403);
        // curl sends no Origin; there is no sign-in waiting, which is the handler's own answer
        assertThat(RawHttp.send(port, "POST", "/mfa", "localhost:" + port, "code=123456").status()).isEqualTo(409);
    }
}
