package dev.orchard.icloud.http;

import dev.orchard.icloud.ICloudException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way Orchard talks HTTP to Apple (through a {@link BlockingClient}). HTTP/1.1 only (one connection per
 * host avoids the HTTP/2 coalescing that makes iCloud answer 421), cookies from every response go to the jar, retries follow a
 * {@link RetryPolicy}, answers read into memory are capped ({@link TransportConfig#maxResponseBytes()}), and nothing
 * secret is logged: only method, URL without query, status and time.
 */
public final class HttpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final BlockingClient client;
    private final CookieJar cookies;
    private final TransportConfig config;
    private final RequestPacer pacer;

    public HttpTransport(TransportConfig config, CookieJar cookies) {
        this.config = config;
        this.cookies = cookies;
        this.pacer = new RequestPacer(config.maxRequestsPerSecond());
        this.client = new BlockingClient(config);
    }

    public CookieJar cookies() {
        return cookies;
    }

    public TransportConfig config() {
        return config;
    }

    /**
     * Sends {@code request}, retrying network errors and transient statuses as {@code policy} allows.
     *
     * @return the response, whatever its status, unless it is a 429/503 that outlived the retries
     * @throws RetryLaterException when Apple keeps answering 429 or 503
     * @throws TransportException when the network keeps failing
     * @throws ResponseTooLargeException when the answer is larger than {@link TransportConfig#maxResponseBytes()}
     */
    public ApiResponse send(ApiRequest request, RetryPolicy policy) {
        return send(request, null, policy);
    }

    /**
     * As {@link #send(ApiRequest, RetryPolicy)}, with the body streamed from {@code bodyFile} (large uploads
     * are never held in memory); {@code bodyFile} null sends {@code request.body()}.
     */
    public ApiResponse send(ApiRequest request, Path bodyFile, RetryPolicy policy) {
        int attempt = 0;
        while (true) {
            pace();
            BlockingClient.Answer r;
            long started = System.nanoTime();
            try {
                r = client.send(request, headersFor(request), bodyFile, config.maxResponseBytes());
            } catch (IOException e) {
                refuseNonNetworkFailure(request, e);
                if (policy.retryNetworkErrors() && attempt < policy.maxRetries()) {
                    attempt++;
                    LOG.debug("{} failed ({}), retry {} of {}", request.describe(), e.getClass().getSimpleName(),
                            attempt, policy.maxRetries());
                    sleep(policy.backoff(attempt));
                    continue;
                }
                throw new TransportException("cannot reach " + request.uri().getHost() + ": " + describe(e), e);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} -> {} ({} ms)", request.describe(), r.status(), (System.nanoTime() - started) / 1_000_000);
            }
            cookies.store(request.uri(), r.headers().allValues("set-cookie"));
            if (!policy.retryStatuses().contains(r.status())) {
                return new ApiResponse(request.uri(), r.status(), r.headers(), r.body());
            }
            Optional<Duration> retryAfter = retryAfter(r.headers());
            boolean tooLong = retryAfter.isPresent() && retryAfter.get().compareTo(policy.retryAfterCap()) > 0;
            if (attempt < policy.maxRetries() && !tooLong) {
                attempt++;
                Duration wait = retryAfter.orElse(policy.backoff(attempt));
                LOG.debug("{} answered {}, retry {} of {} in {} ms", request.describe(), r.status(), attempt,
                        policy.maxRetries(), wait.toMillis());
                sleep(wait);
                continue;
            }
            int status = r.status();
            if (status == 429 || status == 503) {
                Instant retryAt = retryAfter.map(d -> Instant.now().plus(d)).orElse(null);
                throw new RetryLaterException(request.uri().getHost() + " is refusing requests (HTTP " + status
                        + (retryAfter.isPresent() ? ", Retry-After " + retryAfter.get().toSeconds() + " s" : "") + ")",
                        status, retryAt);
            }
            return new ApiResponse(request.uri(), status, r.headers(), r.body());
        }
    }

    /**
     * Sends once and hands back the body as a stream (downloads). The caller closes it and decides on
     * retries, since a resumed download needs a Range header.
     */
    public StreamingResponse stream(ApiRequest request) {
        pace();
        try {
            StreamingResponse r = client.open(request, headersFor(request));
            if (LOG.isDebugEnabled()) LOG.debug("{} -> {} (streaming)", request.describe(), r.status());
            cookies.store(request.uri(), r.headers().allValues("set-cookie"));
            return r;
        } catch (IOException e) {
            throw new TransportException("cannot reach " + request.uri().getHost() + ": " + describe(e), e);
        }
    }

    /**
     * An answer over the size cap, or the JVM running out of memory while reading one, reaches us as an
     * IOException; neither is a network error, and retrying would only do it again.
     */
    private void refuseNonNetworkFailure(ApiRequest request, IOException e) {
        String host = request.uri().getHost();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CappedBody.TooLarge t) {
                throw new ResponseTooLargeException(host, t.announced ? t.size : -1, config.maxResponseBytes());
            }
            if (c instanceof VirtualMachineError) {
                throw new ICloudException("ran out of memory reading the answer from " + host + " (" + c.getClass().getSimpleName() + ")", c);
            }
        }
    }

    /** The request's headers, plus our User-Agent and the jar's cookies unless the request sets its own. */
    private List<Map.Entry<String, String>> headersFor(ApiRequest request) {
        List<Map.Entry<String, String>> out = new ArrayList<>(request.headers());
        boolean userAgent = false;
        boolean cookie = false;
        for (Map.Entry<String, String> h : request.headers()) {
            userAgent |= h.getKey().equalsIgnoreCase("User-Agent");
            cookie |= h.getKey().equalsIgnoreCase("Cookie");
        }
        if (!userAgent) out.add(Map.entry("User-Agent", config.userAgent()));
        if (!cookie) cookies.headerFor(request.uri()).ifPresent(v -> out.add(Map.entry("Cookie", v)));
        return out;
    }

    /** Retry-After as delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After");
        if (v.isEmpty()) return Optional.empty();
        String t = v.get().trim();
        try {
            long s = Long.parseLong(t);
            return Optional.of(Duration.ofSeconds(Math.max(0, s)));
        } catch (NumberFormatException ignored) {
            // maybe a date
        }
        try {
            Instant at = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(Instant.now(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void pace() {
        Duration wait = pacer.reserve();
        if (!wait.isZero()) sleep(wait);
    }

    private void sleep(Duration d) {
        try {
            config.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting to retry", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof javax.net.ssl.SSLHandshakeException) {
            return "its TLS certificate is not trusted (behind a proxy or private CA? give its certificate with ORCHARD_CA_FILE)";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    @Override
    public void close() {
        client.close();
    }
}
