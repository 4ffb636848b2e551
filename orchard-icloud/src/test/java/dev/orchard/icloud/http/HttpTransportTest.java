package dev.orchard.icloud.http;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpTransportTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;
    final List<Duration> waits = new ArrayList<>();

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.defaults().proxyPort(0).caFile(dir.resolve("ca.pem")));
        fake.router().get("/setup/ws/1/echo", ex -> ex.cookie(dev.orchard.fake.http.SetCookie.of("k", "\"v=1\"", ".icloud.com"))
                .text(200, "text/plain", ex.via().label() + " " + ex.host() + " cookie=" + ex.cookie("k")));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.faults().clear();
    }

    private HttpTransport transport(TransportConfig base) {
        return new HttpTransport(base.withSleeper(waits::add), new CookieJar());
    }

    @Test
    void retriesThrottlingHonouringRetryAfter() {
        fake.faults().add(FaultRule.status(ServiceGroup.SETUP, 503, 3, 2));
        try (HttpTransport t = transport(TransportConfig.defaults())) {
            ApiResponse r = t.send(ApiRequest.get(fake.baseUrl() + "/setup/ws/1/echo").build(), RetryPolicy.AUTH);
            assertThat(r.status()).isEqualTo(200);
            assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        }
    }

    @Test
    void givesUpAfterTheRetriesWithTheServersHint() {
        fake.faults().add(FaultRule.status(ServiceGroup.SETUP, 429, 5, 10));
        try (HttpTransport t = transport(TransportConfig.defaults())) {
            assertThatThrownBy(() -> t.send(ApiRequest.get(fake.baseUrl() + "/setup/ws/1/echo").build(), RetryPolicy.AUTH))
                    .isInstanceOfSatisfying(RetryLaterException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.retryAt()).isNotNull();
                    });
            assertThat(waits).hasSize(2);
        }
    }

    @Test
    void doesNotWaitOutARetryAfterLongerThanTheCap() {
        fake.faults().add(FaultRule.status(ServiceGroup.SETUP, 503, 3600, 1));
        try (HttpTransport t = transport(TransportConfig.defaults())) {
            assertThatThrownBy(() -> t.send(ApiRequest.get(fake.baseUrl() + "/setup/ws/1/echo").build(), RetryPolicy.AUTH))
                    .isInstanceOf(RetryLaterException.class).hasMessageContaining("Retry-After 3600 s");
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void retriesNetworkResetsThenReportsThemClearly() {
        fake.faults().add(FaultRule.parse("group=setup,kind=reset,count=100"));
        try (HttpTransport t = transport(TransportConfig.defaults())) {
            assertThatThrownBy(() -> t.send(ApiRequest.get(fake.baseUrl() + "/setup/ws/1/echo").build(), RetryPolicy.AUTH))
                    .isInstanceOf(TransportException.class).hasMessageStartingWith("cannot reach 127.0.0.1");
            assertThat(waits).hasSize(2);
        }
    }

    @Test
    void reachesAppleHostsThroughHttpsProxyWithTheExtraCa() {
        TransportConfig cfg = TransportConfig.fromEnvironment(
                Map.of("HTTPS_PROXY", "http://127.0.0.1:" + fake.proxyPort()), dir.resolve("ca.pem"));
        try (HttpTransport t = transport(cfg)) {
            ApiResponse first = t.send(ApiRequest.get("https://setup.icloud.com/setup/ws/1/echo").build(), RetryPolicy.NONE);
            assertThat(first.text()).startsWith("tunnel setup.icloud.com cookie=null");
            ApiResponse second = t.send(ApiRequest.get("https://setup.icloud.com/setup/ws/1/echo").build(), RetryPolicy.NONE);
            assertThat(second.text()).isEqualTo("tunnel setup.icloud.com cookie=\"v=1\"");
        }
    }

    @Test
    void refusesTheTunnelWithoutTheCa() {
        TransportConfig cfg = TransportConfig.defaults()
                .withProxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", fake.proxyPort())));
        try (HttpTransport t = transport(cfg)) {
            assertThatThrownBy(() -> t.send(ApiRequest.get("https://setup.icloud.com/setup/ws/1/echo").build(), RetryPolicy.NONE))
                    .isInstanceOf(TransportException.class).hasMessageContaining("ORCHARD_CA_FILE");
        }
    }

    @Test
    void badCaFileIsAClearError() {
        assertThatThrownBy(() -> transport(TransportConfig.defaults().withCaFile(dir.resolve("missing.pem"))))
                .hasMessageContaining("ORCHARD_CA_FILE").hasMessageContaining("does not exist");
    }
}
