package dev.orchard.localfiles;

/** The sync state cannot be read or written; the message names the file. */
public class StateException extends RuntimeException {
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }

    public StateException(String message) {
        super(message);
    }
}
