package dev.orchard.icloud.auth;

import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.session.SessionStore;
import dev.orchard.icloud.session.StoredSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code orchard status} reports for an account: whether the stored web session still works (one
 * validate call, no sign-in), how old the trust token is, and when Apple will ask for 2FA again.
 */
public record SessionStatus(String appleId, boolean stored, Boolean sessionValid, String dsid, Instant lastSignIn,
                            Instant trustTokenFirstSeen, Instant trustExpires, boolean trustExpiryEstimated) {

    /** When the HSA-TRUST cookie is gone, Apple's trust is assumed to last this long (icloudpd: "two months"). */
    static final Duration ASSUMED_TRUST = Duration.ofDays(60);

    public static SessionStatus check(SessionStore store, HttpTransport http, Endpoints endpoints, Clock clock, boolean online) {
        Optional<StoredSession> s = store.loadSession();
        if (s.isEmpty()) return new SessionStatus(store.appleId(), false, null, null, null, null, null, false);
        StoredSession session = s.get();
        http.cookies().replaceAll(store.loadCookies());
        Instant cookieExpiry = http.cookies().find("X-APPLE-WEBAUTH-HSA-TRUST").map(StoredCookie::expires).orElse(null);
        Instant first = session.trustToken() == null ? null : session.trustTokenFirstSeen();
        Instant expires = cookieExpiry != null ? cookieExpiry : first == null ? null : first.plus(ASSUMED_TRUST);
        Boolean valid = null;
        if (online) {
            if (http.cookies().find("X-APPLE-WEBAUTH-TOKEN").isEmpty()) {
                valid = false;
            } else {
                ApiResponse r = new SetupClient(http, endpoints, session.clientId()).validate();
                valid = r.ok();
                if (valid) store.saveCookies(http.cookies().all());
            }
        }
        return new SessionStatus(store.appleId(), true, valid, session.dsid(), session.lastSignIn(), first, expires,
                cookieExpiry == null && expires != null);
    }

    public Duration trustAge(Clock clock) {
        return trustTokenFirstSeen == null ? null : Duration.between(trustTokenFirstSeen, clock.instant());
    }
}
