package dev.orchard.fake.photos.library;

/** A library operation that cannot be done; the message is one line for a person. */
public final class LibraryException extends RuntimeException {
    public enum Reason { NOT_FOUND, INVALID, EXISTS }

    private final Reason reason;

    public LibraryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static LibraryException notFound(String what) {
        return new LibraryException(Reason.NOT_FOUND, what);
    }

    public static LibraryException invalid(String what) {
        return new LibraryException(Reason.INVALID, what);
    }

    public Reason reason() {
        return reason;
    }
}
