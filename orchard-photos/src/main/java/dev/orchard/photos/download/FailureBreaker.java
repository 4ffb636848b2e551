package dev.orchard.photos.download;

/**
 * Stops a run of downloads after {@code run} consecutive failures of the same kind (a captive portal, a proxy
 * cutting bodies, a full disk): those do not go away by trying the next file. Any success starts the count
 * again, so a few unlucky files never stop a run. Thread-safe; "consecutive" is in the order downloads end.
 */
public final class FailureBreaker {
    /** Enough that a handful of bad files never stops a sync; few enough that a broken network costs minutes, not days. */
    public static final int DEFAULT_RUN = 6;

    private final int run;
    private DownloadTrouble trouble;
    private String detail;
    private int count;
    private DownloadsFailingException tripped;

    public FailureBreaker(int run) {
        if (run < 1) throw new IllegalArgumentException("the failure run must be >= 1, got " + run);
        this.run = run;
    }

    public synchronized void succeeded() {
        if (tripped != null) return;
        trouble = null;
        count = 0;
    }

    /**
     * Counts {@code e}; returns the exception to stop the downloads with once the run is long enough, else null.
     * Once tripped it stays tripped with the same exception: downloads still in flight on other threads must not
     * change what the run is stopped with.
     */
    public synchronized DownloadsFailingException failed(DownloadException e) {
        if (tripped != null) return tripped;
        if (e.trouble() == null) {
            succeeded();
            return null;
        }
        if (e.trouble() == trouble && e.detail().equals(detail)) {
            count++;
        } else {
            trouble = e.trouble();
            detail = e.detail();
            count = 1;
        }
        if (count < run) return null;
        String diagnosis = trouble.diagnosis(detail);
        tripped = new DownloadsFailingException(diagnosis + (diagnosis.endsWith("?") ? "" : ".") + " Downloads stopped after " + count
                + " files in a row failed the same way; the last: " + e.getMessage());
        return tripped;
    }
}
