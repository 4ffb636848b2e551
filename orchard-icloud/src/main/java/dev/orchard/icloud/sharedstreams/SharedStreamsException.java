package dev.orchard.icloud.sharedstreams;

import dev.orchard.icloud.ICloudException;

/** The shared-albums service answered something Orchard cannot use; the message names the call and the reason. */
public class SharedStreamsException extends ICloudException {
    private final int status;

    public SharedStreamsException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the answer's body was the problem. */
    public int status() {
        return status;
    }
}
