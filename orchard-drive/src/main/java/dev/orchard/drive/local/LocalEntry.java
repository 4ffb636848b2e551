package dev.orchard.drive.local;

/**
 * One local file or folder as the scan saw it. {@code path} is NFC (the sync's name for it), {@code fsPath}
 * the name on disk (which may be NFD); {@code mtimeNs} nanoseconds since the epoch.
 */
public record LocalEntry(String path, String fsPath, boolean dir, long size, long mtimeNs, long inode) {
}
