package dev.orchard.icloud.http;

import dev.orchard.icloud.ICloudException;

/** The network failed (connection refused, reset, timeout) and retries did not help. */
public class TransportException extends ICloudException {
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
