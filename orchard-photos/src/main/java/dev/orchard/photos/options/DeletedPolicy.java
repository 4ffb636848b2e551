package dev.orchard.photos.options;

import java.util.Locale;

/** What happens to local files of assets that left iCloud (or the selection). */
public enum DeletedPolicy {
    /** Move them to {@code .orchard-trash/}, deleted after the retention period. */
    TRASH,
    /** Delete them at once. */
    DELETE,
    /** Leave them where they are. */
    KEEP;

    public static DeletedPolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown deletion policy '" + text + "' (expected trash, delete or keep)");
        }
    }
}
