package dev.orchard.icloud.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CookieJarTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final CookieJar jar = new CookieJar(clock);

    @Test
    void keepsQuotedAppleValuesVerbatimAndSendsDomainCookiesToSubdomains() {
        jar.store(URI.create("https://setup.icloud.com/setup/ws/1/accountLogin"), List.of(
                "X-APPLE-WEBAUTH-USER=\"v=1:s=0:d=123\"; Expires=Tue, 22-Dec-2026 10:00:00 GMT; Path=/; Domain=.icloud.com; Secure; HttpOnly"));
        assertThat(jar.headerFor(URI.create("https://p61-ckdatabasews.icloud.com:443/database/1/x")))
                .hasValue("X-APPLE-WEBAUTH-USER=\"v=1:s=0:d=123\"");
        assertThat(jar.headerFor(URI.create("https://idmsa.apple.com/appleauth/auth"))).isEmpty();
    }

    @Test
    void secureCookiesStayOffPlainHttp() {
        jar.store(URI.create("https://www.icloud.com/"), List.of("a=1; Domain=icloud.com; Secure"));
        assertThat(jar.headerFor(URI.create("http://www.icloud.com/"))).isEmpty();
        assertThat(jar.headerFor(URI.create("https://www.icloud.com/"))).hasValue("a=1");
    }

    @Test
    void hostOnlyCookiesDoNotLeakToOtherHosts() {
        jar.store(URI.create("http://127.0.0.1:8080/setup/ws/1/accountLogin"), List.of("t=x; Path=/"));
        assertThat(jar.headerFor(URI.create("http://127.0.0.1:9090/anything"))).hasValue("t=x");
        assertThat(jar.headerFor(URI.create("http://localhost:8080/anything"))).isEmpty();
    }

    @Test
    void rejectsCookiesForForeignDomains() {
        jar.store(URI.create("https://evil.example.com/"), List.of("X-APPLE-WEBAUTH-TOKEN=stolen; Domain=.icloud.com"));
        assertThat(jar.all()).isEmpty();
    }

    @Test
    void emptyValueOrPastExpiryDeletes() {
        URI u = URI.create("https://setup.icloud.com/");
        jar.store(u, List.of("X-APPLE-WEBAUTH-HSA-LOGIN=abc; Domain=.icloud.com; Path=/"));
        assertThat(jar.find("X-APPLE-WEBAUTH-HSA-LOGIN")).isPresent();
        jar.store(u, List.of("X-APPLE-WEBAUTH-HSA-LOGIN=; Expires=Thu, 01-Jan-1970 00:00:00 GMT; Domain=.icloud.com; Path=/"));
        assertThat(jar.find("X-APPLE-WEBAUTH-HSA-LOGIN")).isEmpty();
    }

    @Test
    void readsExpiriesForTrustWarnings() {
        jar.store(URI.create("https://setup.icloud.com/"), List.of(
                "X-APPLE-WEBAUTH-HSA-TRUST=\"x\"; Expires=Sat, 20 Feb 2027 10:00:00 GMT; Domain=.icloud.com; Path=/"));
        assertThat(jar.find("X-APPLE-WEBAUTH-HSA-TRUST").orElseThrow().expires())
                .isEqualTo(Instant.parse("2027-02-20T10:00:00Z"));
    }

    @Test
    void toStringNeverShowsTheValue() {
        jar.store(URI.create("https://setup.icloud.com/"), List.of("X-APPLE-WEBAUTH-TOKEN=\"v=2:t=SECRET\"; Domain=.icloud.com"));
        assertThat(jar.all().get(0).toString()).doesNotContain("SECRET");
    }
}
