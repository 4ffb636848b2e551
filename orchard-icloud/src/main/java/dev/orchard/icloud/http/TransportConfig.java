package dev.orchard.icloud.http;

import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the transport reaches Apple: proxy (from HTTPS_PROXY/NO_PROXY), extra trusted CAs (ORCHARD_CA_FILE),
 * timeouts, a client-side request pace, and the sleeper used between retries.
 */
public record TransportConfig(ProxySelector proxy, Path caFile, Duration connectTimeout, Duration requestTimeout,
                              double maxRequestsPerSecond, String userAgent, Sleeper sleeper,
                              long maxResponseBytes) {

    /** Far above the biggest CloudKit page or setup answer (a few MB), far below what would strain the heap. */
    public static final long MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

    /** Safari on macOS, as timlaing/pyicloud and rclone send; Apple refuses some non-browser agents. */
    public static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.3.1 Safari/605.1.15";

    public static TransportConfig defaults() {
        return new TransportConfig(null, null, Duration.ofSeconds(30), Duration.ofSeconds(120), 0, SAFARI, Sleeper.REAL,
                MAX_RESPONSE_BYTES);
    }

    /** Proxy from the process environment, CA file as given (may be null). */
    public static TransportConfig fromEnvironment(Map<String, String> env, Path caFile) {
        return defaults().withProxy(EnvProxySelector.fromEnvironment(env)).withCaFile(caFile);
    }

    public TransportConfig withProxy(ProxySelector p) {
        return new TransportConfig(p, caFile, connectTimeout, requestTimeout, maxRequestsPerSecond, userAgent, sleeper, maxResponseBytes);
    }

    public TransportConfig withCaFile(Path f) {
        return new TransportConfig(proxy, f, connectTimeout, requestTimeout, maxRequestsPerSecond, userAgent, sleeper, maxResponseBytes);
    }

    public TransportConfig withSleeper(Sleeper s) {
        return new TransportConfig(proxy, caFile, connectTimeout, requestTimeout, maxRequestsPerSecond, userAgent, s, maxResponseBytes);
    }

    public TransportConfig withMaxRequestsPerSecond(double rps) {
        if (rps < 0) throw new IllegalArgumentException("max requests per second must be >= 0");
        return new TransportConfig(proxy, caFile, connectTimeout, requestTimeout, rps, userAgent, sleeper, maxResponseBytes);
    }

    public TransportConfig withRequestTimeout(Duration d) {
        return new TransportConfig(proxy, caFile, connectTimeout, d, maxRequestsPerSecond, userAgent, sleeper, maxResponseBytes);
    }

    /** The most a JSON answer may weigh (see {@link HttpTransport#send}); downloads stream and are not capped. */
    public TransportConfig withMaxResponseBytes(long bytes) {
        if (bytes < 1) throw new IllegalArgumentException("max response bytes must be >= 1");
        return new TransportConfig(proxy, caFile, connectTimeout, requestTimeout, maxRequestsPerSecond, userAgent, sleeper, bytes);
    }
}
