package dev.orchard.icloud.auth;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.http.ServiceGroup;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.EnvProxySelector;
import dev.orchard.icloud.http.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Apple's real host names, reached through HTTPS_PROXY and trusted via the fake's CA (ORCHARD_CA_FILE). */
class SignInThroughProxyTest {
    @TempDir
    Path dir;

    @Test
    void signsInWithTwoFactorThroughTheProxyAndReusesTheSession() {
        Path ca = dir.resolve("ca.pem");
        try (FakeICloud fake = FakeICloud.start(FakeConfig.defaults().proxyPort(0).caFile(ca))) {
            SignInHarness h = new SignInHarness(fake, dir.resolve("state"), FakeConfig.DEMO_APPLE_ID);
            h.endpoints = Endpoints.apple(Domain.COM);
            EnvProxySelector proxy = EnvProxySelector.fromEnvironment(Map.of("HTTPS_PROXY", "http://127.0.0.1:" + fake.proxyPort()));
            h.transport = cfg -> cfg.withProxy(proxy).withCaFile(ca);
            try (ICloudSession s = h.signIn(FakeConfig.DEMO_PASSWORD)) {
                assertThat(s.serviceUrl("ckdatabasews")).startsWith("https://").contains(".icloud.com");
            }
            assertThat(h.lastMethod()).isEqualTo("PASSWORD_AND_CODE");
            assertThat(h.store().loadCookies()).anyMatch(c -> c.name().equals("X-APPLE-WEBAUTH-TOKEN") && c.domain().equals("icloud.com"));
            long auth = fake.stats().count(ServiceGroup.AUTH);
            h.signIn(FakeConfig.DEMO_PASSWORD).close();
            assertThat(h.lastMethod()).isEqualTo("VALIDATED_COOKIES");
            assertThat(fake.stats().count(ServiceGroup.AUTH)).isEqualTo(auth);
        }
    }
}
