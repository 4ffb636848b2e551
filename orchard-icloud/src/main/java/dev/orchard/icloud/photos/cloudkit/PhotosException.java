package dev.orchard.icloud.photos.cloudkit;

import dev.orchard.icloud.ICloudException;

/** iCloud Photos refused or failed a call; {@link #reason()} says what the caller can do about it. */
public class PhotosException extends ICloudException {
    /** Why a Photos call failed. */
    public enum Reason {
        /** The library is still being indexed; try later. */
        INDEXING,
        /** ACCESS_DENIED: Advanced Data Protection without web access approval, or Apple throttling. */
        ACCESS_DENIED,
        /** A sync token was not accepted; the caller lists everything instead. */
        TOKEN_REJECTED,
        /** The zone does not exist (any more). */
        ZONE_NOT_FOUND,
        /** Apple kept answering "try again later" (TRY_AGAIN_LATER, THROTTLED, CAS_OP_LOCK). */
        TEMPORARY,
        /** BAD_REQUEST: a query or token Apple did not accept. */
        BAD_REQUEST,
        /** A stale recordChangeTag (CONFLICT). */
        CONFLICT,
        /** An answer Orchard does not understand. */
        PROTOCOL
    }

    private final Reason reason;

    public PhotosException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
