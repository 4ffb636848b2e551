package dev.orchard.fake.drive.tree;

import java.util.HashMap;
import java.util.Map;

/** One library: the user's iCloud Drive ({@code com.apple.CloudDocs}) or an app library such as {@code com.apple.Pages}. */
public final class DriveZone {
    private final String id;
    private final AppLibrary library;
    private final DriveItem root;
    final Map<String, DriveItem> items = new HashMap<>();

    DriveZone(String id, AppLibrary library) {
        this.id = id;
        this.library = library;
        this.root = new DriveItem(this, library == null ? "root" : "documents",
                library == null ? ItemKind.FOLDER : ItemKind.APP_LIBRARY);
        root.name = library == null ? "" : library.displayName();
        items.put(root.docwsid(), root);
    }

    public String id() { return id; }
    /** The app library's metadata, or null for the Drive itself. */
    public AppLibrary library() { return library; }
    public boolean isAppLibrary() { return library != null; }
    public DriveItem root() { return root; }
}
