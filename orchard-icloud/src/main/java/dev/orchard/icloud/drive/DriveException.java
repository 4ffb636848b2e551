package dev.orchard.icloud.drive;

import dev.orchard.icloud.ICloudException;

/** A Drive call failed in a way the caller should report or handle; the message is one line for the user. */
public class DriveException extends ICloudException {
    public enum Kind {
        /** Drive is not set up for the account, or its terms are not accepted (ZONE_NOT_FOUND, AUTHENTICATION_FAILED). */
        NOT_SET_UP,
        /** Advanced Data Protection without web access to Drive (423 Missing PCS cookies). */
        PCS_REQUIRED,
        /** A document or folder the call named does not exist (404). */
        NOT_FOUND,
        /** The server refused the request as malformed (400 after retries, 412). */
        REJECTED,
        /** A name is taken (409 for allow_conflict false). */
        NAME_TAKEN,
        /** The session keeps being refused after signing in again (401, 421, 450). */
        SESSION,
        /** Anything else unexpected (5xx after retries, bodies that are not what docs/protocol/drive.md describes). */
        PROTOCOL
    }

    private final Kind kind;
    private final int status;

    public DriveException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() { return kind; }
    public int status() { return status; }
}
