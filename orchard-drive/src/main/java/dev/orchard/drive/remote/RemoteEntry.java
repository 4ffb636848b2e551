package dev.orchard.drive.remote;

import dev.orchard.icloud.drive.RemoteItem;

/** One remote item at its NFC relative path. */
public record RemoteEntry(String path, RemoteItem item) {
    public boolean dir() {
        return item.isFolder();
    }

    public RemoteEntry at(String newPath, RemoteItem newItem) {
        return new RemoteEntry(newPath, newItem);
    }
}
