package dev.orchard.icloud.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.ApiRequest;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.RetryPolicy;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.json.Jsons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POSTs to the photos container of {@code ckdatabasews} (docs/protocol/photos.md §1) and turns Apple's error signals into
 * retries or {@link PhotosException}s (docs/protocol/photos.md §9): transient codes inside 200 bodies are retried with backoff,
 * 429/503 honour Retry-After (in the transport), a lost session is re-established once (401/421 in
 * {@link ICloudSession}; AUTHENTICATION_REQUIRED bodies and a bare 403 here).
 */
public final class CloudKitClient {
    private static final Logger LOG = LoggerFactory.getLogger(CloudKitClient.class);
    private static final Set<String> TRANSIENT = Set.of("TRY_AGAIN_LATER", "RETRY_LATER", "CAS_OP_LOCK", "THROTTLED",
            "INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
    private static final Set<String> REAUTH = Set.of("AUTHENTICATION_REQUIRED", "AUTHENTICATION_FAILED");
    private static final String CONTAINER = "/database/1/com.apple.photos.cloud/production/";

    private final ICloudSession session;
    private final Sleeper sleeper;
    private final BodyRetry retry;
    private final AtomicLong requests = new AtomicLong();

    public CloudKitClient(ICloudSession session, BodyRetry retry) {
        this.session = session;
        this.sleeper = session.http().config().sleeper();
        this.retry = retry;
    }

    /** How many HTTP requests this client has made (retries included). */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Sends {@code body} to {@code {db}/{path}} and returns the parsed answer.
     *
     * @throws PhotosException for CloudKit errors that retrying did not cure
     * @throws RetryLaterException when Apple keeps answering 429/503
     */
    public JsonNode post(String database, String path, ObjectNode body) {
        int attempt = 0;
        boolean reauthenticated = false;
        while (true) {
            ApiResponse r = send(database, path, body);
            JsonNode json = r.json();
            String code = Jsons.text(json, "serverErrorCode");
            if (r.ok() && json.isObject() && code == null) return json;
            if (code == null && r.ok()) code = "NOT_JSON";
            if (r.status() == 403 || REAUTH.contains(code)) {
                if (!reauthenticated) {
                    reauthenticated = true;
                    LOG.debug("{} answered {} {}; signing in again once", path, r.status(), code);
                    session.reauthenticate();
                    continue;
                }
                throw denied(code, Jsons.text(json, "reason"), r.status());
            }
            if (TRANSIENT.contains(code) || "NOT_JSON".equals(code)) {
                if (attempt < retry.maxRetries()) {
                    attempt++;
                    Duration wait = retry.delay(attempt, json.path("retryAfter").asLong(0));
                    LOG.debug("{} answered {} (HTTP {}), retry {} of {} in {} ms", path, code, r.status(), attempt,
                            retry.maxRetries(), wait.toMillis());
                    sleep(wait);
                    continue;
                }
                if ("NOT_JSON".equals(code)) {
                    throw new PhotosException(PhotosException.Reason.PROTOCOL, "iCloud Photos answered " + path
                            + " with something that is not JSON (HTTP " + r.status() + ")");
                }
                throw new PhotosException(PhotosException.Reason.TEMPORARY, "iCloud Photos keeps answering " + code
                        + " to " + path + "; Apple is busy or throttling this account, try again later");
            }
            throw error(path, r.status(), code, Jsons.text(json, "reason"));
        }
    }

    private ApiResponse send(String database, String path, ObjectNode body) {
        String url = session.serviceUrl("ckdatabasews") + CONTAINER + database + "/" + path + "?"
                + session.standardParams() + "&remapEnums=true&getCurrentSyncToken=true";
        String origin = session.endpoints().webOrigin();
        ApiRequest request = ApiRequest.post(url)
                .header("Origin", origin)
                .header("Referer", origin + "/")
                .body(Jsons.bytes(body), "text/plain")
                .build();
        requests.incrementAndGet();
        return session.send(request, RetryPolicy.READ);
    }

    private void sleep(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotosException(PhotosException.Reason.TEMPORARY, "interrupted while waiting to retry");
        }
    }

    static PhotosException denied(String code, String reason, int status) {
        if (code != null && REAUTH.contains(code)) {
            return new PhotosException(PhotosException.Reason.ACCESS_DENIED, "iCloud Photos refused the session ("
                    + code + ") even after signing in again; open icloud.com once to finish setting up Photos, then retry");
        }
        return new PhotosException(PhotosException.Reason.ACCESS_DENIED, "iCloud Photos denied access (HTTP " + status
                + (code == null ? "" : ", " + code) + (reason == null ? "" : ": " + reason) + "). Either Advanced Data "
                + "Protection is on and this session was not approved for web access (allow 'Access iCloud Data on the "
                + "Web' and approve the request on a trusted device, then run again), or Apple is throttling this "
                + "account after many requests (wait an hour or two before the next run)");
    }

    static PhotosException error(String path, int status, String code, String reason) {
        String what = "iCloud Photos answered " + path + " with HTTP " + status + (code == null ? "" : " " + code)
                + (reason == null ? "" : " (" + reason + ")");
        if (code == null) return new PhotosException(PhotosException.Reason.PROTOCOL, what);
        return switch (code) {
            case "ACCESS_DENIED" -> denied(code, reason, status);
            case "ZONE_NOT_FOUND" -> new PhotosException(PhotosException.Reason.ZONE_NOT_FOUND, what);
            case "CONFLICT" -> new PhotosException(PhotosException.Reason.CONFLICT, what);
            case "BAD_REQUEST" -> new PhotosException(PhotosException.Reason.BAD_REQUEST, what);
            default -> new PhotosException(PhotosException.Reason.PROTOCOL, what);
        };
    }

    /** Turns a per-entry error (inside records[] or a batch) into an exception. */
    public static PhotosException entryError(String path, String code, String reason) {
        return error(path, 200, code, reason);
    }

    /** Backoff for transient errors that arrive inside 200 bodies. */
    public record BodyRetry(int maxRetries, Duration base, Duration max) {
        public static final BodyRetry DEFAULT = new BodyRetry(6, Duration.ofSeconds(1), Duration.ofSeconds(60));

        Duration delay(int attempt, long retryAfterSeconds) {
            if (retryAfterSeconds > 0) return Duration.ofSeconds(Math.min(retryAfterSeconds, max.toSeconds()));
            long ms = base.toMillis() << Math.min(attempt - 1, 16);
            return Duration.ofMillis(Math.min(ms, max.toMillis()));
        }
    }
}
