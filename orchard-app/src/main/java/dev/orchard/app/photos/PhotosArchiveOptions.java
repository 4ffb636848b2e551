package dev.orchard.app.photos;

import dev.orchard.app.config.ConfigException;
import dev.orchard.photos.options.Age;
import dev.orchard.photos.archive.ArchiveRequest;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code orchard run}'s archive by age after each successful photos sync (issue 10 §1). */
public final class PhotosArchiveOptions {
    @Option(names = "--photos-archive-older-than", paramLabel = "AGE",
            description = "After each successful photos sync, archive assets taken longer ago than AGE (400d, 18m, 2y): keep "
                    + "them here, verified and pinned, and move the non-favourites to Recently Deleted (default: off).")
    String olderThan;

    @Option(names = "--photos-archive-except-album", paramLabel = "NAME",
            description = "Never archive assets in this album or folder; repeatable.")
    List<String> except = new ArrayList<>();

    @Option(names = "--photos-archive-max", defaultValue = "1000", paramLabel = "N",
            description = "At most N assets leave iCloud per run (default: ${DEFAULT-VALUE}).")
    int max;

    /** The request each run makes, or null when archiving is off. */
    public ArchiveRequest request() {
        if (olderThan == null || olderThan.isBlank()) return null;
        if (max < 1) throw new ConfigException("--photos-archive-max must be 1 or more, got " + max);
        try {
            return new ArchiveRequest(List.of(), Age.parse(olderThan), except, false, max);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--photos-archive-older-than: " + e.getMessage());
        }
    }
}
