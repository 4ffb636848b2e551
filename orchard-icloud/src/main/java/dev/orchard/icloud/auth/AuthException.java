package dev.orchard.icloud.auth;

import dev.orchard.icloud.ICloudException;

import java.time.Instant;

/** Signing in failed for a reason the user can act on; the message says what to do. */
public class AuthException extends ICloudException {
    /** Why sign-in failed; the CLI and daemon map these to exit codes and notifications. */
    public enum Reason {
        WRONG_PASSWORD, ACCOUNT_LOCKED, WRONG_CODE, MFA_UNAVAILABLE, MFA_TIMEOUT, MFA_LOCKED, THROTTLED,
        ADP_APPROVAL_NEEDED, WEB_ACCESS_DISABLED, WRONG_REGION, REPAIR_NEEDED, SECURITY_KEY_UNSUPPORTED,
        TERMS_UPDATE_NEEDED, SERVICE_NOT_ACTIVATED, PROTOCOL
    }

    private final Reason reason;
    private final Instant retryAt;

    public AuthException(Reason reason, String message) {
        this(reason, message, null);
    }

    public AuthException(Reason reason, String message, Instant retryAt) {
        super(message);
        this.reason = reason;
        this.retryAt = retryAt;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#THROTTLED}: the earliest time Orchard will try signing in again. */
    public Instant retryAt() {
        return retryAt;
    }
}
