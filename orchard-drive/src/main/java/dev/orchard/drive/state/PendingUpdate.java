package dev.orchard.drive.state;

/**
 * A remote update in flight (docs/protocol/drive.md §5): the new content was reserved as {@code tempDocwsid} under a
 * temporary name, and {@code oldDrivewsid} is to be trashed, then the temp renamed to {@code path}.
 * {@code localSize}, {@code localMtimeNs} and {@code inode} describe the local file that was uploaded.
 */
public record PendingUpdate(String path, String tempDocwsid, String zone, String oldDrivewsid, long localSize,
                            long localMtimeNs, long inode, String sha256) {
}
