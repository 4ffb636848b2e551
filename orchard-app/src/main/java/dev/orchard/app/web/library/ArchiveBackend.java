package dev.orchard.app.web.library;

import java.util.List;

/**
 * What the web page may ask of the archive engine (issue 10): a dry-run preview, a start, and the progress of
 * a run. The page only asks; the engine decides and does all the checking. Until one is wired in,
 * {@link #unavailable} answers every call with the reason.
 */
public interface ArchiveBackend {
    /** Null when archiving can be asked for, else one line saying why not (shown on the page). */
    String unavailableReason();

    Preview preview(Request request) throws Exception;

    /** Starts an archive run in the background; returns its id for {@link #progress}. */
    String start(Request request) throws Exception;

    /** Null for an id that no run has. */
    Progress progress(String runId);

    /**
     * Albums and folders as {@code orchard photos albums} prints their paths; {@code olderThan} as the command
     * takes it ({@code 400d}, {@code 18m}, {@code 2y}) or null; {@code exceptAlbums} paths too.
     */
    record Request(List<String> albums, String olderThan, List<String> exceptAlbums, boolean keepInICloud) {
    }

    /** The dry run: what stays here, what would leave iCloud, favourites kept, skipped and why, bytes freed. */
    record Preview(long keptLocally, long leavingICloud, long favouritesKept, List<Skipped> skipped, long bytesFreed) {
    }

    record Skipped(String assetId, String name, String reason) {
    }

    /** {@code state}: running, done or failed; {@code result} the engine's one-line summary when not running. */
    record Progress(String state, long done, long total, String result) {
    }

    class NotAvailableException extends Exception {
        public NotAvailableException(String reason) {
            super("archiving is not available: " + reason);
        }
    }

    static ArchiveBackend unavailable(String reason) {
        return new ArchiveBackend() {
            @Override
            public String unavailableReason() {
                return reason;
            }

            @Override
            public Preview preview(Request request) throws NotAvailableException {
                throw new NotAvailableException(reason);
            }

            @Override
            public String start(Request request) throws NotAvailableException {
                throw new NotAvailableException(reason);
            }

            @Override
            public Progress progress(String runId) {
                return null;
            }
        };
    }
}
