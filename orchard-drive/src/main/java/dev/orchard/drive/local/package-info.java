/**
 * The local side of a pass: the scan of the sync folder (one lstat per entry: size, mtime in ns, inode), which
 * names sync, the include/exclude filters and content hashes.
 */
package dev.orchard.drive.local;
