package dev.orchard.fake;

import dev.orchard.fake.auth.Accounts;
import dev.orchard.fake.auth.MfaPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** How to start a {@link FakeICloud}. Defaults: loopback, random port, no proxy, one demo account. */
public final class FakeConfig {
    public static final String DEMO_APPLE_ID = Accounts.DEMO_APPLE_ID;
    public static final String DEMO_PASSWORD = "orchard-demo-password";

    /** An Apple ID to create at start-up. {@code mfaCode} null: a fresh random code per delivery. */
    public record AccountSpec(String appleId, String password, MfaPolicy mfaPolicy, String mfaCode) {
    }

    private String host = "127.0.0.1";
    private int port = 0;
    private int proxyPort = -1;
    private int tlsPort = -1;
    private Path caFile;
    private Path requestLog;
    private long seed = 1;
    private long latencyMillis;
    private final List<AccountSpec> accounts = new ArrayList<>();
    private final List<Consumer<FakeICloud>> setups = new ArrayList<>();

    public static FakeConfig defaults() {
        return new FakeConfig().account(DEMO_APPLE_ID, DEMO_PASSWORD, MfaPolicy.DEVICE, null);
    }

    /** A configuration with no accounts; add them with {@link #account}. */
    public static FakeConfig empty() {
        return new FakeConfig();
    }

    public FakeConfig host(String h) { host = h; return this; }
    public FakeConfig port(int p) { port = checkPort(p, "port"); return this; }
    /** Forward-proxy port: -1 off, 0 random. */
    public FakeConfig proxyPort(int p) { proxyPort = p < 0 ? -1 : checkPort(p, "proxy port"); return this; }
    /** Public TLS port for the hosts-file route: -1 off, 0 random. */
    public FakeConfig tlsPort(int p) { tlsPort = p < 0 ? -1 : checkPort(p, "TLS port"); return this; }
    /** Where to write the throwaway CA certificate (PEM) when the proxy or TLS port is on. */
    public FakeConfig caFile(Path f) { caFile = f; return this; }
    public FakeConfig requestLog(Path f) { requestLog = f; return this; }
    public FakeConfig seed(long s) { seed = s; return this; }
    /** Latency added to every Apple-side request, in milliseconds. */
    public FakeConfig latencyMillis(long ms) {
        if (ms < 0) throw new IllegalArgumentException("latency must be >= 0 ms");
        latencyMillis = ms;
        return this;
    }

    public FakeConfig account(String appleId, String password, MfaPolicy policy, String mfaCode) {
        accounts.add(new AccountSpec(appleId, password, policy, mfaCode));
        return this;
    }

    /** Replaces the configured accounts. */
    public FakeConfig clearAccounts() {
        accounts.clear();
        return this;
    }

    /** Runs {@code setup} on the started fake, before it is handed out (libraries, knobs). */
    public FakeConfig setup(Consumer<FakeICloud> setup) {
        setups.add(setup);
        return this;
    }

    private static int checkPort(int p, String what) {
        if (p < 0 || p > 65535) throw new IllegalArgumentException(what + " must be 0-65535, got " + p);
        return p;
    }

    public String host() { return host; }
    public int port() { return port; }
    public int proxyPort() { return proxyPort; }
    public int tlsPort() { return tlsPort; }
    public Path caFile() { return caFile; }
    public Path requestLog() { return requestLog; }
    public long seed() { return seed; }
    public long latencyMillis() { return latencyMillis; }
    public List<AccountSpec> accounts() { return List.copyOf(accounts); }
    public List<Consumer<FakeICloud>> setups() { return List.copyOf(setups); }
}
