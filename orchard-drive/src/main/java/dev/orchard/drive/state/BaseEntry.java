package dev.orchard.drive.state;

/**
 * What both sides had for one path right after it was last synced (docs/protocol/drive-sync.md §1). {@code path} is the
 * NFC relative path; {@code remoteMtime} whole epoch seconds; {@code sha256} null when not computed.
 */
public record BaseEntry(String path, boolean dir, String docwsid, String drivewsid, String zone, String etag,
                        long remoteSize, long remoteMtime, long localSize, long localMtimeNs, long inode,
                        String sha256, long syncedAt) {

    public String key() {
        return PathKeys.key(path);
    }

    public BaseEntry withPath(String newPath) {
        return new BaseEntry(newPath, dir, docwsid, drivewsid, zone, etag, remoteSize, remoteMtime, localSize,
                localMtimeNs, inode, sha256, syncedAt);
    }

    public BaseEntry withEtag(String newEtag) {
        return new BaseEntry(path, dir, docwsid, drivewsid, zone, newEtag, remoteSize, remoteMtime, localSize,
                localMtimeNs, inode, sha256, syncedAt);
    }

    public BaseEntry withLocal(long size, long mtimeNs, long ino, String sha) {
        return new BaseEntry(path, dir, docwsid, drivewsid, zone, etag, remoteSize, remoteMtime, size, mtimeNs, ino,
                sha, syncedAt);
    }
}
