package dev.orchard.drive.apply;

import dev.orchard.drive.local.LocalEntry;
import dev.orchard.drive.state.BaseEntry;
import dev.orchard.icloud.drive.RemoteItem;

/** Base rows for a path both sides now agree on. */
final class BaseRows {
    private BaseRows() {
    }

    static BaseEntry file(String path, RemoteItem item, LocalEntry local, String sha, long now) {
        return new BaseEntry(path, false, item.docwsid(), item.drivewsid(), item.zone(), item.etag(), item.size(),
                item.modified() == null ? 0 : item.modified().getEpochSecond(), local.size(), local.mtimeNs(), local.inode(),
                sha, now);
    }

    static BaseEntry dir(String path, RemoteItem folder, long inode, long now) {
        return new BaseEntry(path, true, folder.docwsid(), folder.drivewsid(), folder.zone(), folder.etag(), 0, 0, 0, 0,
                inode, null, now);
    }
}
