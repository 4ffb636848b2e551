package dev.orchard.photos.download;

import java.nio.file.Path;

/** A download whose bytes did not match iCloud's checksum twice; they were moved to {@code where}. */
public final class Quarantined extends DownloadException {
    private final transient Path where;

    public Quarantined(String message, Path where) {
        super(message, false, DownloadTrouble.CHECKSUM, "");
        this.where = where;
    }

    public Path where() {
        return where;
    }
}
