package dev.orchard.drive.options;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a sync runs. {@code maxDownloads} 0 means no cap (counted per pass); {@code maxDeletePercent} applies
 * once at least {@link #MAX_DELETE_MIN_FILES} files are tracked; {@code force} skips the safety aborts once;
 * {@code trashDays}: how long {@code .orchard-trash} keeps what a pass moved there, in whole days (0: until a
 * pass on a later day). Start from {@link #defaults(Path)} and change what differs with the {@code with...} methods.
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
        return new Fields(localDir).build();
    }

    public SyncOptions withConflicts(ConflictStrategy c) { return with(f -> f.conflicts = c); }
    public SyncOptions withDryRun(boolean on) { return with(f -> f.dryRun = on); }
    public SyncOptions withChecksums(boolean on) { return with(f -> f.checksums = on); }
    public SyncOptions withFilters(Filters filters) { return with(f -> f.filters = filters); }
    public SyncOptions withMaxDownloads(int n) { return with(f -> f.maxDownloads = n); }
    public SyncOptions withMaxDeletePercent(int pct) { return with(f -> f.maxDeletePercent = pct); }
    public SyncOptions withForce(boolean on) { return with(f -> f.force = on); }
    public SyncOptions withTrashDays(int days) { return with(f -> f.trashDays = days); }
    public SyncOptions withTransfers(int n) { return with(f -> f.transfers = n); }

    private SyncOptions with(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return f.build();
    }

    /** The one place that lists every option, with the defaults of a first run. */
    private static final class Fields {
        Path localDir;
        Filters filters = Filters.none();
        ConflictStrategy conflicts = ConflictStrategy.KEEP_BOTH;
        boolean dryRun;
        boolean checksums;
        int maxDownloads;
        int maxDeletePercent = 50;
        boolean force;
        int transfers = 4;
        Duration conflictTolerance = Duration.ofSeconds(1);
        int trashDays = DEFAULT_TRASH_DAYS;

        Fields(Path localDir) {
            this.localDir = localDir;
        }

        Fields(SyncOptions o) {
            this(o.localDir);
            filters = o.filters;
            conflicts = o.conflicts;
            dryRun = o.dryRun;
            checksums = o.checksums;
            maxDownloads = o.maxDownloads;
            maxDeletePercent = o.maxDeletePercent;
            force = o.force;
            transfers = o.transfers;
            conflictTolerance = o.conflictTolerance;
            trashDays = o.trashDays;
        }

        SyncOptions build() {
            return new SyncOptions(localDir, filters, conflicts, dryRun, checksums, maxDownloads, maxDeletePercent, force,
                    transfers, conflictTolerance, trashDays);
        }
    }
}
