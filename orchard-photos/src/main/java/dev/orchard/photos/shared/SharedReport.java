package dev.orchard.photos.shared;

import java.util.ArrayList;
import java.util.List;

/** What one shared-album run did. */
public final class SharedReport {
    int albums;
    int unchanged;
    int downloaded;
    int trashed;
    long bytes;
    long requests;
    final List<String> failures = new ArrayList<>();

    public int albums() { return albums; }
    /** Albums whose change tag had not moved: nothing was asked about them. */
    public int unchanged() { return unchanged; }
    public int downloaded() { return downloaded; }
    /** Files of items the sharer removed, moved to .orchard-trash/. */
    public int trashed() { return trashed; }
    public long bytes() { return bytes; }
    public long requests() { return requests; }
    public List<String> failures() { return List.copyOf(failures); }
    public boolean complete() { return failures.isEmpty(); }

    public String summary() {
        return albums + " shared album" + (albums == 1 ? "" : "s") + " (" + unchanged + " unchanged), " + downloaded
                + " new file" + (downloaded == 1 ? "" : "s") + ", " + trashed + " moved to trash"
                + (failures.isEmpty() ? "" : ", " + failures.size() + " failed");
    }
}
