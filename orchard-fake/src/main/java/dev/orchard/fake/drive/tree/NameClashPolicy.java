package dev.orchard.fake.drive.tree;

import java.util.Locale;

/** What createFolders, renameItems and moveItems do when the name is taken in the destination folder. */
public enum NameClashPolicy {
    /** Store the item under the next free name ("Notes 2"), as Apple's file provider bounces collisions. */
    AUTO_RENAME,
    /** Refuse the item with a per-item error status. */
    REJECT;

    public static NameClashPolicy parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "auto-rename" -> AUTO_RENAME;
            case "reject" -> REJECT;
            default -> throw new IllegalArgumentException(
                    "unknown name clash policy '" + text + "' (expected auto-rename or reject)");
        };
    }
}
