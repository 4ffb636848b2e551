package dev.orchard.drive.plan;

/** How one side of a path compares with the base (docs/protocol/drive-sync.md §1). */
public enum Change {
    ABSENT, NEW, UNCHANGED, CHANGED, DELETED,
    /** Same content, only metadata moved (a touched file with equal hash; a renamed parent's etag): refresh the base. */
    SAME_CONTENT
}
