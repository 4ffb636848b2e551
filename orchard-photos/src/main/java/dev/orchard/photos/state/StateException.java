package dev.orchard.photos.state;

/** The library's state database could not be read or written. */
public class StateException extends RuntimeException {
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
