package dev.orchard.app.drive;

import dev.orchard.icloud.session.StateDirectory;
import dev.orchard.app.command.DurationConverter;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.config.Folders;
import dev.orchard.drive.options.Filters;
import dev.orchard.drive.options.ConflictStrategy;
import dev.orchard.drive.options.SyncOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Drive sync options; each has its ORCHARD_DRIVE_* twin (iCloud-Sync-Linux's surface, renamed). */
public final class DriveOptions {
    @Option(names = "--drive-dir", paramLabel = "DIR", description = "The local folder kept in sync with iCloud Drive (default: ~/iCloud).")
    Path dir;

    @Option(names = "--drive-interval", defaultValue = "5m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --watch: how often iCloud is checked for changes, at least 5s (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--drive-quiet-period", defaultValue = "2s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --watch: how long local edits must have settled before they are uploaded (default: ${DEFAULT-VALUE}).")
    Duration quietPeriod;

    @Option(names = "--drive-include", split = ",", paramLabel = "GLOB",
            description = "Only sync paths matching these globs (relative path or name; repeat or comma-separate).")
    List<String> include = new ArrayList<>();

    @Option(names = "--drive-exclude", split = ",", paramLabel = "GLOB", description = "Do not sync paths matching these globs.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--drive-ignore", split = ",", paramLabel = "GLOB",
            description = "Never sync these, even if included (ignore > include > exclude).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--drive-conflict-strategy", defaultValue = "keep_both", paramLabel = "STRATEGY",
            description = "keep_both (default), prefer_newer (1 s tolerance, else keep_both), prefer_local or prefer_remote. "
                    + "The losing version is always kept.")
    String conflictStrategy;

    @Option(names = "--drive-dry-run", description = "Print what would be done; change nothing, not even the sync state.")
    boolean dryRun;

    @Option(names = "--drive-no-remote", description = "Do not contact iCloud: only report local changes waiting to be synced.")
    boolean noRemote;

    @Option(names = "--drive-checksums", description = "Keep SHA-256 of synced files so a touched but unchanged file is not re-uploaded.")
    boolean checksums;

    @Option(names = "--drive-max-downloads", defaultValue = "0", paramLabel = "N",
            description = "Download at most N files per pass; the rest follow in later passes (0: no cap).")
    int maxDownloads;

    @Option(names = "--drive-max-delete", defaultValue = "50", paramLabel = "PERCENT",
            description = "Abort a pass that would delete more than PERCENT%% of the synced files on either side (default: ${DEFAULT-VALUE}).")
    int maxDelete;

    @Option(names = "--drive-force", description = "Run this pass even if a safety check (max delete, empty side, everything changed) would stop it.")
    boolean force;

    @Option(names = "--drive-transfers", defaultValue = "4", paramLabel = "N", description = "Parallel uploads and downloads (default: ${DEFAULT-VALUE}).")
    int transfers;

    @Option(names = "--drive-trash-days", defaultValue = "30", paramLabel = "DAYS",
            description = "How long .orchard-trash/ keeps local files removed because they were deleted in iCloud (default: ${DEFAULT-VALUE}).")
    int trashDays;

    /** True when --drive-dir was set (flag, environment or config file): {@code orchard run} then keeps Drive in sync. */
    public boolean dirGiven() {
        return dir != null;
    }

    public Path localDir(Map<String, String> env) {
        if (dir != null) return dir.toAbsolutePath().normalize();
        return StateDirectory.home(env).resolve("iCloud");
    }

    public Duration interval() {
        if (interval.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new ConfigException("--drive-interval (ORCHARD_DRIVE_INTERVAL) must be at least 5s, got " + interval.toSeconds() + "s");
        }
        return interval;
    }

    public Duration quietPeriod() { return quietPeriod; }
    public boolean noRemote() { return noRemote; }

    public SyncOptions sync(Map<String, String> env, boolean forceDryRun) {
        Folders.requireUsable(localDir(env), "--drive-dir");
        ConflictStrategy strategy;
        try {
            strategy = ConflictStrategy.parse(conflictStrategy);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--drive-conflict-strategy (ORCHARD_DRIVE_CONFLICT_STRATEGY): " + e.getMessage());
        }
        if (maxDelete < 0 || maxDelete > 100) {
            throw new ConfigException("--drive-max-delete (ORCHARD_DRIVE_MAX_DELETE) must be a percentage from 0 to 100, got " + maxDelete);
        }
        if (maxDownloads < 0) throw new ConfigException("--drive-max-downloads (ORCHARD_DRIVE_MAX_DOWNLOADS) must be >= 0, got " + maxDownloads);
        if (transfers < 1 || transfers > 32) throw new ConfigException("--drive-transfers (ORCHARD_DRIVE_TRANSFERS) must be 1 to 32, got " + transfers);
        if (trashDays < 0) throw new ConfigException("--drive-trash-days (ORCHARD_DRIVE_TRASH_DAYS) must be >= 0, got " + trashDays);
        Filters filters;
        try {
            filters = new Filters(include, exclude, ignore);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--drive-include/--drive-exclude/--drive-ignore: " + e.getMessage());
        }
        return SyncOptions.defaults(localDir(env)).withFilters(filters).withConflicts(strategy).withDryRun(dryRun || forceDryRun)
                .withChecksums(checksums).withMaxDownloads(maxDownloads).withMaxDeletePercent(maxDelete).withForce(force)
                .withTransfers(transfers).withTrashDays(trashDays);
    }
}
