package dev.orchard.drive.sync;

import dev.orchard.drive.local.Filters;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a sync runs. {@code maxDownloads} 0 means no cap (counted per pass); {@code maxDeletePercent} applies
 * once at least {@link #MAX_DELETE_MIN_FILES} files are tracked; {@code force} skips the safety aborts once;
 * {@code trashDays}: how long {@code .orchard-trash} keeps what a pass moved there, in whole days (0: until a pass on a later day).
 */
public record SyncOptions(Path localDir, Filters filters, ConflictStrategy conflicts, boolean dryRun, boolean checksums,
                          int maxDownloads, int maxDeletePercent, boolean force, int transfers, Duration conflictTolerance,
                          int trashDays) {
    public static final int MAX_DELETE_MIN_FILES = 10;
    public static final int DEFAULT_TRASH_DAYS = 30;

    public SyncOptions {
        if (trashDays < 0) throw new IllegalArgumentException("trash retention must be >= 0 days, got " + trashDays);
    }

    public static SyncOptions defaults(Path localDir) {
        return new SyncOptions(localDir, Filters.none(), ConflictStrategy.KEEP_BOTH, false, false, 0, 50, false, 4,
                Duration.ofSeconds(1), DEFAULT_TRASH_DAYS);
    }

    public SyncOptions withConflicts(ConflictStrategy c) {
        return new SyncOptions(localDir, filters, c, dryRun, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withDryRun(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, on, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withChecksums(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, on, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withFilters(Filters f) {
        return new SyncOptions(localDir, f, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withMaxDownloads(int n) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, n, maxDeletePercent, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withMaxDeletePercent(int pct) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, pct, force, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withForce(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, on, transfers, conflictTolerance, trashDays);
    }

    public SyncOptions withTrashDays(int days) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance, days);
    }

    public SyncOptions withTransfers(int n) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force, n, conflictTolerance, trashDays);
    }
}
