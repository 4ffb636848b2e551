package dev.orchard.fake.drive.tree;

/** What an item is; drivewsids use FOLDER for folders, roots and app libraries alike. */
public enum ItemKind {
    FILE, FOLDER, APP_LIBRARY;

    public String idPrefix() {
        return this == FILE ? "FILE" : "FOLDER";
    }

    public boolean isFolder() {
        return this != FILE;
    }
}
