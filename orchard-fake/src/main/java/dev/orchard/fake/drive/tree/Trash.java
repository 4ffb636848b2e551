package dev.orchard.fake.drive.tree;

import java.time.Instant;

/** Where a trashed item came from and when it goes for good. Set only on the top item of a trashed subtree. */
public record Trash(DriveItem formerParent, String restorePath, Instant trashedAt, Instant expiresAt) {
}
