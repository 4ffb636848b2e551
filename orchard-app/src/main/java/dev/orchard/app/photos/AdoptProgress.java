package dev.orchard.app.photos;

import dev.orchard.photos.adopt.AdoptListener;

import java.io.PrintWriter;

/** Progress of {@code orchard photos adopt}: the listing as a sync shows it, then files read and placed. */
final class AdoptProgress implements AdoptListener {
    private final SyncProgress lines;

    AdoptProgress(PrintWriter out, boolean terminal) {
        this.lines = new SyncProgress(out, terminal);
    }

    @Override
    public void phase(String description) {
        lines.phase(description);
    }

    @Override
    public void listed(String zone, long listed, long expected) {
        lines.listed(zone, listed, expected);
    }

    @Override
    public void warning(String message) {
        lines.warning(message);
    }

    @Override
    public void read(long files, long totalFiles, long bytes, long totalBytes) {
        lines.status(Units.count(files) + " of " + Units.count(totalFiles) + " files, " + Units.bytes(bytes) + " of "
                + Units.bytes(totalBytes) + " read");
    }

    @Override
    public void placed(long files, long total) {
        lines.status(Units.count(files) + " of " + Units.count(total) + " files placed");
    }

    void finish() {
        lines.finish();
    }
}
