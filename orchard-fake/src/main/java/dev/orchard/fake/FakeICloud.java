package dev.orchard.fake;

import dev.orchard.fake.admin.AdminApi;
import dev.orchard.fake.auth.Accounts;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.auth.admin.AccountAdmin;
import dev.orchard.fake.auth.idmsa.IdmsaRoutes;
import dev.orchard.fake.auth.setup.SetupRoutes;
import dev.orchard.fake.context.FakeClock;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.drive.FakeDrive;
import dev.orchard.fake.drive.admin.DriveAdminApi;
import dev.orchard.fake.drive.docws.DocwsRoutes;
import dev.orchard.fake.drive.drivews.DrivewsRoutes;
import dev.orchard.fake.faults.FaultingDispatcher;
import dev.orchard.fake.faults.Faults;
import dev.orchard.fake.http.FakeHttpServer;
import dev.orchard.fake.http.RequestLog;
import dev.orchard.fake.http.RequestStats;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.FakePhotos;
import dev.orchard.fake.photos.admin.PhotosAdminApi;
import dev.orchard.fake.photos.cdn.CdnHandler;
import dev.orchard.fake.photos.cloudkit.CloudKitApi;
import dev.orchard.fake.proxy.FakeCertificateAuthority;
import dev.orchard.fake.proxy.ProxyFront;
import dev.orchard.fake.sharedstreams.SharedStreams;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fake iCloud: one embeddable server that answers Apple's auth, setup, CloudKit Photos, Drive and
 * download endpoints, with fault knobs and an admin API under {@code /_fake/}.
 *
 * <pre>{@code try (FakeICloud fake = FakeICloud.start()) { ... fake.baseUrl() ... }}</pre>
 */
public final class FakeICloud implements AutoCloseable {
    private final FakeConfig config;
    private final FakeClock clock = new FakeClock();
    private final Faults faults;
    private final RequestStats stats = new RequestStats();
    private final Accounts accounts = new Accounts();
    private final WebSessions sessions = new WebSessions(clock);
    private final Router router = new Router();
    private final FakeCertificateAuthority ca;
    private final RequestLog requestLog;
    private final FakeHttpServer http;
    private final ProxyFront proxy;
    private final FakePhotos photos;
    private final FakeAuth auth;
    private final List<Consumer<String>> noticeListeners = new CopyOnWriteArrayList<>();
    private final FakeDrive drive;
    private final SharedStreams sharedStreams;

    private FakeICloud(FakeConfig config) throws Exception {
        this.config = config;
        this.faults = new Faults(config.seed());
        if (config.latencyMillis() > 0) faults.setLatencyAll(config.latencyMillis());
        for (FakeConfig.AccountSpec spec : config.accounts()) {
            accounts.add(spec.appleId(), spec.password()).mfaPolicy(spec.mfaPolicy()).fixedMfaCode(spec.mfaCode());
        }
        // Each service gets only what it uses; the routes go on in this order, which GET /_fake/ lists.
        new AdminApi(clock, faults, stats).register(router);
        ServiceContext services = new ServiceContext(clock, accounts, sessions, faults, config.seed());
        photos = new FakePhotos(services);
        new CloudKitApi(services, photos).register(router);
        new CdnHandler(services, photos).register(router);
        new PhotosAdminApi(services, photos).register(router);
        auth = new FakeAuth(clock, accounts, sessions, this::notice);
        new IdmsaRoutes(auth).register(router);
        new SetupRoutes(auth).register(router);
        new AccountAdmin(auth).register(router);
        drive = new FakeDrive(services);
        new DrivewsRoutes(drive).register(router);
        new DocwsRoutes(drive).register(router);
        new DriveAdminApi(drive).register(router);
        sharedStreams = new SharedStreams(services);
        sharedStreams.register(router);

        boolean tls = config.proxyPort() >= 0 || config.tlsPort() >= 0;
        ca = tls ? FakeCertificateAuthority.generate() : null;
        if (ca != null && config.caFile() != null) ca.writeCaPem(config.caFile());
        requestLog = config.requestLog() == null ? null : new RequestLog(config.requestLog());
        FaultingDispatcher dispatcher = new FaultingDispatcher(router, faults, stats);
        http = new FakeHttpServer(config.host(), config.port(), config.tlsPort(),
                ca == null ? null : ca.serverKeyStore(), ca == null ? null : ca.keyStorePassword(), dispatcher, requestLog);
        ProxyFront p = null;
        try {
            if (config.proxyPort() >= 0) {
                p = new ProxyFront(config.host(), config.proxyPort(), http.proxiedPort(), http.tunnelPort());
            }
        } catch (IOException e) {
            http.close();
            throw e;
        }
        proxy = p;
    }

    /** Starts a fake on a random loopback port with the demo account. */
    public static FakeICloud start() {
        return start(FakeConfig.defaults());
    }

    public static FakeICloud start(FakeConfig config) {
        FakeICloud fake;
        try {
            fake = new FakeICloud(config);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the fake iCloud: " + e.getMessage(), e);
        }
        try {
            config.setups().forEach(s -> s.accept(fake));
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
        return fake;
    }

    /** The plain-HTTP origin, e.g. {@code http://127.0.0.1:41234}: use it as ORCHARD_ICLOUD_ENDPOINT. */
    public String baseUrl() {
        return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + http.port();
    }

    public int port() { return http.port(); }
    /** The forward-proxy port, or -1 when off. */
    public int proxyPort() { return proxy == null ? -1 : proxy.port(); }
    /** The public TLS port, or -1 when off. */
    public int tlsPort() { return http.publicTlsPort(); }
    /** The throwaway CA in PEM, or null when neither proxy nor TLS port is on. */
    public String caPem() { return ca == null ? null : ca.caPem(); }
    /** Where the CA PEM was written, or null. */
    public Path caFile() { return ca == null ? null : config.caFile(); }

    public FakeConfig config() { return config; }
    public FakeClock clock() { return clock; }
    public Faults faults() { return faults; }
    public RequestStats stats() { return stats; }
    public Accounts accounts() { return accounts; }
    public WebSessions sessions() { return sessions; }
    public Router router() { return router; }
    /** iCloud Photos: libraries per account, CloudKit endpoints, download CDN, admin routes. */
    public FakePhotos photos() { return photos; }
    /** Sign-in: SRP, 2FA, trust, web sessions, ADP; and the account admin API. */
    public FakeAuth auth() { return auth; }

    /** The iCloud Drive side: trees per account, knobs, and the admin view ({@code drive().account()}). */
    public FakeDrive drive() { return drive; }

    /** Shared Albums (the legacy shared-streams service), signed-in and public. */
    public SharedStreams sharedStreams() { return sharedStreams; }

    /**
     * Something a person watching the fake should see, such as a 2FA code it "delivered" to a trusted
     * device or an ADP approval. {@code orchard fake-icloud} prints these; tests can listen for them.
     */
    public void notice(String message) {
        noticeListeners.forEach(l -> l.accept(message));
    }

    public void onNotice(Consumer<String> listener) {
        noticeListeners.add(listener);
    }

    public FakeAccount account(String appleId) {
        return accounts.require(appleId);
    }

    @Override
    public void close() {
        try {
            if (proxy != null) proxy.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            http.close();
        } catch (Exception ignored) {
            // closing anyway
        }
        drive.close();
        try {
            if (requestLog != null) requestLog.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
