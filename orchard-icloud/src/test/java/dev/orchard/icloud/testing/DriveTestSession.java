package dev.orchard.icloud.testing;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.icloud.auth.AccountInfo;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.WebService;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Domain;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.icloud.session.SessionStore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh fake account with a Drive session opened directly in the fake (tests that are not about signing
 * in). Retries record their waits instead of sleeping; "re-authenticating" opens a new fake session.
 */
public final class DriveTestSession implements AutoCloseable {
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    public final FakeICloud fake;
    public final FakeAccount account;
    public final ICloudSession session;
    public final DriveClient client;
    public final List<Duration> waits = new CopyOnWriteArrayList<>();
    public final AtomicInteger reauthentications = new AtomicInteger();

    private DriveTestSession(FakeICloud fake, FakeAccount account, Path stateDir) {
        this.fake = fake;
        this.account = account;
        CookieJar jar = new CookieJar();
        HttpTransport http = new HttpTransport(TransportConfig.defaults().withSleeper(waits::add), jar);
        Runnable login = () -> {
            WebSession s = fake.sessions().open(account, null);
            jar.store(URI.create(fake.baseUrl() + "/"), List.of(WebSessions.TOKEN_COOKIE + "=\"v=2:t=" + s.token() + "\"; Path=/"));
        };
        login.run();
        Map<String, WebService> services = Map.of(
                "drivews", new WebService("drivews", fake.baseUrl(), "active", true),
                "docws", new WebService("docws", fake.baseUrl(), "active", true));
        AccountInfo info = new AccountInfo(account.dsid(), account.appleId(), "Drive Tester", services, true, false, true,
                null, false, null);
        this.session = new ICloudSession(http, Endpoints.override(fake.baseUrl(), Domain.COM),
                SessionStore.forAccount(stateDir, account.appleId()), "test-client", info, () -> {
            reauthentications.incrementAndGet();
            login.run();
            return info;
        });
        this.client = new DriveClient(session);
    }

    /** A new account of its own, so tests sharing one fake never see each other's trees. */
    public static DriveTestSession fresh(FakeICloud fake, Path stateDir) {
        FakeAccount a = fake.accounts().add("drive-" + ACCOUNTS.incrementAndGet() + "-" + UUID.randomUUID() + "@example.com", "pw");
        return new DriveTestSession(fake, a, stateDir);
    }

    public RemoteDrive remote() {
        return fake.drive().account(account.appleId());
    }

    @Override
    public void close() {
        session.http().close();
    }
}
