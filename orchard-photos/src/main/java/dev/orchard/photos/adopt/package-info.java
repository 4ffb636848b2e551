/**
 * {@code orchard photos adopt}: takes a library another tool downloaded (icloudpd, icloud-photos-sync) into
 * Orchard's layout by iCloud's {@code fileChecksum} of each file, so the next sync downloads none of it again.
 */
package dev.orchard.photos.adopt;
