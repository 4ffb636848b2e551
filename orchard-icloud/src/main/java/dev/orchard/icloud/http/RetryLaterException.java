package dev.orchard.icloud.http;

import dev.orchard.icloud.ICloudException;

import java.time.Instant;

/** Apple refused service (503, 429, THROTTLED) and retries did not help; {@link #retryAt()} is the earliest next try. */
public class RetryLaterException extends ICloudException {
    private final int status;
    private final Instant retryAt;

    public RetryLaterException(String message, int status, Instant retryAt) {
        super(message);
        this.status = status;
        this.retryAt = retryAt;
    }

    public int status() { return status; }
    public Instant retryAt() { return retryAt; }
}
