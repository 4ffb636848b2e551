package dev.orchard.icloud;

/**
 * Base of every error the iCloud client reports. Messages are one line, meant for the user, and never
 * contain passwords, tokens or cookie values.
 */
public class ICloudException extends RuntimeException {
    public ICloudException(String message) {
        super(message);
    }

    public ICloudException(String message, Throwable cause) {
        super(message, cause);
    }
}
