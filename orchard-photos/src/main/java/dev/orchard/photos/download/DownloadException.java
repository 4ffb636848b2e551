package dev.orchard.photos.download;

/**
 * A file could not be fetched intact; the message says why, for the sync summary. {@link #trouble()} and
 * {@link #detail()} classify it: two failures with the same pair are the same problem.
 */
public class DownloadException extends Exception {
    private final boolean retryable;
    private final DownloadTrouble trouble;
    private final String detail;

    public DownloadException(String message, boolean retryable) {
        this(message, retryable, null, "");
    }

    public DownloadException(String message, boolean retryable, DownloadTrouble trouble, String detail) {
        super(message);
        this.retryable = retryable;
        this.trouble = trouble;
        this.detail = detail == null ? "" : detail;
    }

    public DownloadException(String message, Throwable cause, DownloadTrouble trouble, String detail) {
        super(message, cause);
        this.retryable = true;
        this.trouble = trouble;
        this.detail = detail == null ? "" : detail;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The kind of failure, or null when it is not classified (never counted as a repeat). */
    public DownloadTrouble trouble() {
        return trouble;
    }

    public String detail() {
        return detail;
    }
}
