package dev.orchard.drive.sync;

import dev.orchard.drive.local.Filters;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a sync runs. {@code maxDownloads} 0 means no cap (counted per pass); {@code maxDeletePercent} applies
 * once at least {@link #MAX_DELETE_MIN_FILES} files are tracked; {@code force} skips the safety aborts once.
 */
public record SyncOptions(Path localDir, Filters filters, ConflictStrategy conflicts, boolean dryRun, boolean checksums,
                          int maxDownloads, int maxDeletePercent, boolean force, int transfers, Duration conflictTolerance) {
    public static final int MAX_DELETE_MIN_FILES = 10;

    public static SyncOptions defaults(Path localDir) {
        return new SyncOptions(localDir, Filters.none(), ConflictStrategy.KEEP_BOTH, false, false, 0, 50, false, 4,
                Duration.ofSeconds(1));
    }

    public SyncOptions withConflicts(ConflictStrategy c) {
        return new SyncOptions(localDir, filters, c, dryRun, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance);
    }

    public SyncOptions withDryRun(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, on, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance);
    }

    public SyncOptions withChecksums(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, on, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance);
    }

    public SyncOptions withFilters(Filters f) {
        return new SyncOptions(localDir, f, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force, transfers, conflictTolerance);
    }

    public SyncOptions withMaxDownloads(int n) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, n, maxDeletePercent, force, transfers, conflictTolerance);
    }

    public SyncOptions withMaxDeletePercent(int pct) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, pct, force, transfers, conflictTolerance);
    }

    public SyncOptions withForce(boolean on) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, on, transfers, conflictTolerance);
    }

    public SyncOptions withTransfers(int n) {
        return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force, n, conflictTolerance);
    }
}
