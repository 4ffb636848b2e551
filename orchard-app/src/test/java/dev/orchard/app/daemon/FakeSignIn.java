package dev.orchard.app.daemon;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.http.Json;
import dev.orchard.icloud.auth.AccountInfo;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.auth.SignInMethod;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link SessionKeeper.Opener} for tests of the daemon that do not exercise Apple's sign-in itself: it
 * opens web sessions straight in the fake (as a finished sign-in would) and, while {@link #requireCode} is
 * set, first asks the code channel for {@link #CODE} exactly as a real 2FA sign-in does. Also registers
 * {@code GET /_test/ping} on the fake: a service call that answers 421 when the session is stale.
 */
public final class FakeSignIn implements SessionKeeper.Opener {
    public static final String CODE = "246810";
    static final String PING = "/_test/ping";

    private final FakeICloud fake;
    private final FakeAccount account;
    private final Path stateDir;
    public final AtomicInteger signIns = new AtomicInteger();
    public volatile boolean requireCode;
    /** When set, the next sign-in fails with it (once). */
    volatile RuntimeException failNext;
    volatile Instant trustExpires;

    public FakeSignIn(FakeICloud fake, String appleId, Path stateDir) {
        this.fake = fake;
        this.account = fake.account(appleId);
        this.stateDir = stateDir;
        this.trustExpires = fake.clock().instant().plus(Duration.ofDays(60));
        fake.router().get(PING, ex -> {
            if (fake.sessions().require(ex) != null) ex.json(Json.object().put("pong", true));
        });
    }

    @Override
    public ICloudSession open(MfaChannel mfa, SignInListener listener) {
        HttpTransport http = new HttpTransport(TransportConfig.defaults(), new CookieJar());
        AccountInfo info = authenticate(http, mfa, listener);
        return new ICloudSession(http, Endpoints.override(fake.baseUrl(), Domain.COM),
                SessionStore.forAccount(stateDir, account.appleId()), "test-client", info, () -> authenticate(http, mfa, listener));
    }

    private AccountInfo authenticate(HttpTransport http, MfaChannel mfa, SignInListener listener) {
        signIns.incrementAndGet();
        RuntimeException failure = failNext;
        if (failure != null) {
            failNext = null;
            throw failure;
        }
        if (requireCode) {
            listener.signingInWithPassword();
            String code = mfa.awaitCode(new MfaPrompt(account.appleId(), 6, true, List.of(), CodeDelivery.DEVICE, null, 1, false,
                    (d, phone) -> { }));
            if (!CODE.equals(code)) throw new AuthException(AuthException.Reason.WRONG_CODE, "wrong code");
            listener.codeAccepted();
        }
        WebSession s = fake.sessions().open(account, trustExpires);
        http.cookies().replaceAll(List.of(
                cookie(WebSessions.TOKEN_COOKIE, "\"v=2:t=" + s.token() + "\"", s.expires()),
                cookie("X-APPLE-WEBAUTH-HSA-TRUST", "\"trust\"", trustExpires)));
        listener.signedIn(requireCode ? SignInMethod.PASSWORD_AND_CODE : SignInMethod.VALIDATED_COOKIES);
        return new AccountInfo(account.dsid(), account.appleId(), "Test", Map.of(), true, false, true, null, false, null);
    }

    private static StoredCookie cookie(String name, String value, Instant expires) {
        return new StoredCookie(name, value, "127.0.0.1", true, "/", expires, false, true);
    }
}
