package dev.orchard.photos.download;

/** A file could not be fetched intact; the message says why, for the sync summary. */
public class DownloadException extends Exception {
    private final boolean retryable;

    public DownloadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
        this.retryable = true;
    }

    public boolean retryable() {
        return retryable;
    }
}
