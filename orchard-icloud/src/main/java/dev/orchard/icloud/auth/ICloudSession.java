package dev.orchard.icloud.auth;

import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.http.WebClientParams;
import dev.orchard.icloud.session.SessionStore;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A signed-in iCloud web session: the handle the Photos and Drive services use. When Apple drops the
 * session mid-run (401, 421, 423, 450) it re-authenticates once, the cheap way first, and replays the call.
 */
public final class ICloudSession implements AutoCloseable {
    private static final Set<Integer> REAUTH = Set.of(401, 421, 423, 450);

    private final HttpTransport http;
    private final Endpoints endpoints;
    private final SessionStore store;
    private final String clientId;
    private final Supplier<AccountInfo> reauthenticate;
    private volatile AccountInfo account;
    private long generation;

    public ICloudSession(HttpTransport http, Endpoints endpoints, SessionStore store, String clientId, AccountInfo account,
                         Supplier<AccountInfo> reauthenticate) {
        this.http = http;
        this.endpoints = endpoints;
        this.store = store;
        this.clientId = clientId;
        this.account = account;
        this.reauthenticate = reauthenticate;
    }

    public AccountInfo account() { return account; }
    public HttpTransport http() { return http; }
    public Endpoints endpoints() { return endpoints; }
    public String clientId() { return clientId; }
    public String appleId() { return store.appleId(); }

    /**
     * The base URL of a per-account service such as {@code ckdatabasews}, {@code drivews} or {@code docws}.
     *
     * @throws AuthException SERVICE_NOT_ACTIVATED when the account does not have it
     */
    public String serviceUrl(String name) {
        WebService ws = account.webservices().get(name);
        if (ws == null || !ws.active()) {
            throw new AuthException(AuthException.Reason.SERVICE_NOT_ACTIVATED, "iCloud service '" + name
                    + "' is not available for " + appleId() + "; sign in at icloud.com once to finish setting it up.");
        }
        String url = ws.url();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The query parameters every web-service call carries: build numbers, client id and dsid. */
    public String standardParams() {
        return WebClientParams.query(clientId, account.dsid());
    }

    /** When the browser trust (and so the next forced 2FA) ends, from the HSA-TRUST cookie. */
    public Optional<Instant> trustExpires() {
        return http.cookies().find("X-APPLE-WEBAUTH-HSA-TRUST").map(StoredCookie::expires);
    }

    /** Sends a web-service call, re-authenticating once if Apple says the session is gone. */
    public ApiResponse send(ApiRequest request, RetryPolicy policy) {
        long seen;
        synchronized (this) {
            seen = generation;
        }
        ApiResponse r = http.send(request, policy);
        if (!REAUTH.contains(r.status())) return r;
        reauthenticateUnlessDone(seen);
        return http.send(request, policy);
    }

    /** Opens a download stream (CDN URLs are pre-signed and need no session). */
    public StreamingResponse stream(ApiRequest request) {
        return http.stream(request);
    }

    /** Re-authenticates now (e.g. after a CloudKit AUTHENTICATION_REQUIRED inside a 200 body). */
    public void reauthenticate() {
        long seen;
        synchronized (this) {
            seen = generation;
        }
        reauthenticateUnlessDone(seen);
    }

    /** Many parallel calls may see the same 421; only the first re-authenticates, the rest reuse its result. */
    private synchronized void reauthenticateUnlessDone(long seen) {
        if (generation != seen) return;
        account = reauthenticate.get();
        generation++;
    }

    /** Persists the cookie jar (services may refresh cookies). */
    public void saveCookies() {
        store.saveCookies(http.cookies().all());
    }

    /** Saves the cookies and releases the connections. */
    @Override
    public void close() {
        try {
            saveCookies();
        } finally {
            http.close();
        }
    }
}
