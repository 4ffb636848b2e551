package dev.orchard.fake.auth;

import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.SetCookie;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks web sessions. A session is opened by accountLogin and carried by the cookie
 * {@code X-APPLE-WEBAUTH-TOKEN="v=2:t=<token>"}; every service of the fake authenticates with it.
 */
public final class WebSessions {
    public static final String TOKEN_COOKIE = "X-APPLE-WEBAUTH-TOKEN";
    public static final String PCS_PHOTOS = "X-APPLE-WEBAUTH-PCS-Photos";
    public static final String PCS_SHARING = "X-APPLE-WEBAUTH-PCS-Sharing";
    public static final String PCS_DOCUMENTS = "X-APPLE-WEBAUTH-PCS-Documents";
    private static final List<String> PCS_COOKIES = List.of(PCS_PHOTOS, PCS_SHARING, PCS_DOCUMENTS,
            "X-APPLE-WEBAUTH-PCS-Cloudkit", "X-APPLE-WEBAUTH-PCS-Mail", "X-APPLE-WEBAUTH-PCS-Notes",
            "X-APPLE-WEBAUTH-PCS-News", "X-APPLE-WEBAUTH-PCS-Safari");

    private static final List<String> VALIDATE_PCS = List.of(PCS_DOCUMENTS, PCS_SHARING, "X-APPLE-WEBAUTH-PCS-Notes",
            "X-APPLE-WEBAUTH-PCS-News");

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public WebSessions(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Opens a session for a fully signed-in account. {@code trustExpires} is when the browser trust
     * behind it ends (null: untrusted). Non-ADP accounts get their PCS keys straight away.
     */
    public WebSession open(FakeAccount account, Instant trustExpires) {
        Instant now = clock.instant();
        WebSession s = new WebSession(randomToken(48), account, now, now.plus(account.sessionLifetime()), trustExpires);
        if (!account.adp()) {
            s.grantPcs("photos");
            s.grantPcs("iclouddrive");
        }
        sessions.put(s.token(), s);
        return s;
    }

    /** The Set-Cookie headers that accompany a trusted accountLogin or validate for {@code s}. */
    public List<SetCookie> cookiesFor(Exchange ex, WebSession s) {
        String domain = PublicUrls.icloudCookieDomain(ex);
        Instant now = clock.instant();
        Instant month = now.plus(Duration.ofHours(718));
        String dsid = s.account().dsid();
        List<SetCookie> cookies = sessionCookies(domain, s);
        cookies.add(SetCookie.of("X-APPLE-WEBAUTH-USER", "\"v=1:s=0:d=" + dsid + "\"", domain).expiringAt(month));
        cookies.add(SetCookie.of("X-APPLE-WEBAUTH-LOGIN", "\"v=1:t=" + randomToken(16) + "\"", domain));
        cookies.add(SetCookie.of("X-APPLE-UNIQUE-CLIENT-ID", "\"" + UUID.randomUUID() + "\"", domain));
        cookies.add(SetCookie.of("X_APPLE_WEB_KB-" + dsid.substring(Math.max(0, dsid.length() - 8)),
                "\"v=1:t=" + randomToken(16) + "\"", domain).expiringAt(now.plus(Duration.ofHours(1438))));
        if (s.trustExpires() != null) {
            cookies.add(SetCookie.of("X-APPLE-WEBAUTH-HSA-TRUST", "\"" + randomToken(40) + "\"", domain)
                    .expiringAt(s.trustExpires()));
        }
        cookies.add(SetCookie.clearing("X-APPLE-WEBAUTH-HSA-LOGIN", domain));
        cookies.addAll(pcsCookies(ex, s));
        return cookies;
    }

    /**
     * The seven cookies validate re-sets, as Apple does (icloudpd's recorded validate): the session token with
     * a fresh expiry, new VALIDATE and DS-WEB-SESSION-TOKEN values, and the Documents, Sharing, Notes and News
     * PCS cookies this session holds (Photos' own PCS cookie is not among them).
     */
    public List<SetCookie> validateCookies(Exchange ex, WebSession s) {
        List<SetCookie> cookies = sessionCookies(PublicUrls.icloudCookieDomain(ex), s);
        for (SetCookie c : pcsCookies(ex, s)) {
            if (VALIDATE_PCS.contains(c.name())) cookies.add(c);
        }
        return cookies;
    }

    /** The session token with a fresh expiry, and new VALIDATE and DS-WEB-SESSION-TOKEN values. */
    private List<SetCookie> sessionCookies(String domain, WebSession s) {
        Instant month = clock.instant().plus(Duration.ofHours(718));
        List<SetCookie> cookies = new ArrayList<>();
        cookies.add(SetCookie.of(TOKEN_COOKIE, "\"v=2:t=" + s.token() + "\"", domain).expiringAt(s.expires()));
        cookies.add(SetCookie.of("X-APPLE-DS-WEB-SESSION-TOKEN", "\"" + randomToken(24) + "\"", domain).expiringAt(month));
        cookies.add(SetCookie.of("X-APPLE-WEBAUTH-VALIDATE", "\"v=1:t=" + randomToken(16) + "\"", domain).notHttpOnly());
        return cookies;
    }

    /** The PCS cookies this session has been granted. */
    public List<SetCookie> pcsCookies(Exchange ex, WebSession s) {
        String domain = PublicUrls.icloudCookieDomain(ex);
        Instant until = clock.instant().plus(s.account().adp() ? Duration.ofHours(1) : Duration.ofHours(718));
        List<SetCookie> cookies = new ArrayList<>();
        for (String name : PCS_COOKIES) {
            boolean granted = switch (name) {
                case PCS_PHOTOS, PCS_SHARING -> s.hasPcs("photos");
                case PCS_DOCUMENTS -> s.hasPcs("iclouddrive");
                default -> !s.account().adp();
            };
            if (granted) cookies.add(SetCookie.of(name, "\"" + randomToken(32) + "\"", domain).expiringAt(until));
        }
        return cookies;
    }

    /** The live session the request's cookies name, or null. */
    public WebSession find(Exchange ex) {
        String cookie = ex.cookie(TOKEN_COOKIE);
        if (cookie == null) return null;
        String v = cookie.startsWith("\"") && cookie.endsWith("\"") && cookie.length() >= 2
                ? cookie.substring(1, cookie.length() - 1) : cookie;
        int t = v.indexOf("t=");
        if (t < 0) return null;
        WebSession s = sessions.get(v.substring(t + 2));
        return s != null && s.valid(clock.instant()) ? s : null;
    }

    /**
     * The session of a service request (CloudKit, Drive). Without one, answers 421 the way Apple's
     * services do when cookies are stale and returns null.
     */
    public WebSession require(Exchange ex) {
        WebSession s = find(ex);
        if (s == null) {
            ObjectNode body = Json.object();
            body.put("uuid", UUID.randomUUID().toString());
            body.put("serverErrorCode", "AUTHENTICATION_REQUIRED");
            body.put("reason", "Missing or invalid X-APPLE-WEBAUTH-TOKEN cookie");
            ex.json(421, body);
        }
        return s;
    }

    /** Makes every session of {@code account} stale: its cookies now draw 421. */
    public int expireAll(FakeAccount account) {
        int n = 0;
        for (WebSession s : sessions.values()) {
            if (s.account() == account && s.valid(clock.instant())) {
                s.revoke();
                n++;
            }
        }
        return n;
    }

    public void revoke(WebSession s) {
        s.revoke();
        sessions.remove(s.token());
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
