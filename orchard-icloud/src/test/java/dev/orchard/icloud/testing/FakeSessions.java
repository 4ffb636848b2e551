package dev.orchard.icloud.testing;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.icloud.auth.AccountInfo;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.WebService;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed-in sessions for tests that are not about signing in: opens a web session directly in the fake and
 * puts its cookie in the jar. "Re-authenticating" opens a fresh one, as a real sign-in would.
 */
public final class FakeSessions {
    private FakeSessions() {
    }

    /** A session of the fake's demo account; retries wait through {@code sleeper} (tests never sleep). */
    public static ICloudSession open(FakeICloud fake, Path stateDir, Sleeper sleeper) {
        return open(fake, fake.account(FakeConfig.DEMO_APPLE_ID), stateDir, sleeper, new AtomicInteger());
    }

    /** As {@link #open(FakeICloud, Path, Sleeper)}; {@code reauthentications} counts the re-sign-ins. */
    public static ICloudSession open(FakeICloud fake, FakeAccount account, Path stateDir, Sleeper sleeper,
                                     AtomicInteger reauthentications) {
        CookieJar jar = new CookieJar();
        HttpTransport http = new HttpTransport(TransportConfig.defaults().withSleeper(sleeper), jar);
        Runnable login = () -> {
            WebSession s = fake.sessions().open(account, null);
            jar.store(URI.create(fake.baseUrl() + "/"),
                    List.of(WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + s.token() + "\"; Path=/"));
        };
        login.run();
        AccountInfo info = accountInfo(fake, account);
        return new ICloudSession(http, Endpoints.override(fake.baseUrl(), Domain.COM),
                SessionStore.forAccount(stateDir, account.appleId()), "test-client", info, () -> {
            reauthentications.incrementAndGet();
            login.run();
            return info;
        });
    }

    private static AccountInfo accountInfo(FakeICloud fake, FakeAccount account) {
        Map<String, WebService> services = Map.of(
                "ckdatabasews", new WebService("ckdatabasews", fake.baseUrl(), "active", true),
                "sharedstreams", new WebService("sharedstreams", fake.baseUrl(), "active", false));
        return new AccountInfo(account.dsid(), account.appleId(), "Demo User", services, true, false, true, null, false, null);
    }
}
