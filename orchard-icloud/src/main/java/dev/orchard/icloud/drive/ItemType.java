package dev.orchard.icloud.drive;

/** What a drivews item is. App libraries and containers are folders of another zone. */
public enum ItemType {
    FILE, FOLDER, APP_LIBRARY;

    static ItemType parse(String type) {
        if (type == null) return FOLDER;
        return switch (type) {
            case "FILE", "FILE_IN_SHARED_FOLDER" -> FILE;
            case "APP_LIBRARY", "APP_CONTAINER" -> APP_LIBRARY;
            default -> FOLDER;
        };
    }

    public boolean isFolder() {
        return this != FILE;
    }
}
