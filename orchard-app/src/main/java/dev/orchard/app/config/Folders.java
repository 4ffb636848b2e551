package dev.orchard.app.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a folder option before anything else happens (before signing in to iCloud). */
public final class Folders {
    private Folders() {
    }

    /**
     * {@code dir} is a folder Orchard can write, or does not exist yet and can be created.
     *
     * @throws ConfigException naming {@code option} and saying what is wrong
     */
    public static void requireUsable(Path dir, String option) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return;
        String where = option + " " + dir;
        if (!Files.isDirectory(existing)) {
            throw new ConfigException(where + (existing.equals(dir) ? " is a file, not a folder" : ": " + existing + " is a file, not a folder"));
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new ConfigException(where + (existing.equals(dir) ? "" : ": cannot create it in " + existing) + ": permission denied");
        }
    }
}
