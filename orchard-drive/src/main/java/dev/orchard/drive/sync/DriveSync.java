package dev.orchard.drive.sync;

import dev.orchard.drive.apply.Appliers;
import dev.orchard.drive.apply.BaseWrites;
import dev.orchard.drive.apply.Remote;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.report.SyncListener;
import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.apply.Conflicts;
import dev.orchard.drive.apply.LocalFiles;
import dev.orchard.drive.apply.RemoteFolders;
import dev.orchard.drive.apply.Renamer;
import dev.orchard.drive.apply.Structure;
import dev.orchard.drive.apply.TransferUnits;
import dev.orchard.drive.apply.Transfers;
import dev.orchard.drive.local.Hashes;
import dev.orchard.drive.local.LocalScanner;
import dev.orchard.drive.local.LocalSnapshot;
import dev.orchard.drive.local.Names;
import dev.orchard.drive.plan.Action;
import dev.orchard.drive.plan.Plan;
import dev.orchard.drive.plan.Planner;
import dev.orchard.drive.plan.Rename;
import dev.orchard.drive.plan.RenameDetector;
import dev.orchard.drive.plan.Sides;
import dev.orchard.drive.remote.RemoteEntry;
import dev.orchard.drive.remote.RemoteScanner;
import dev.orchard.drive.remote.RemoteSnapshot;
import dev.orchard.drive.state.BaseStore;
import dev.orchard.icloud.auth.SessionEndedException;
import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.drive.DriveException;
import dev.orchard.icloud.drive.FolderWalker;
import dev.orchard.icloud.http.RetryLaterException;

import dev.orchard.localfiles.DatedTrash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One sync pass (docs/protocol/drive-sync.md): scan both sides, finish interrupted updates, plan renames and the
 * three-way reconcile on a copy, run the safety checks of docs/protocol/drive-sync.md §3, then do it — renames, folders, transfers in
 * parallel, deletions last — writing the base per item only after that item succeeded.
 */
public final class DriveSync {
    /**
     * Folders per retrieveItemDetailsInFolders call: the top of what docs/protocol/drive.md §2 reports working (10-50), so a
     * no-change pass over 2,000 folders costs about 40 listing calls; calls in flight stay at 4.
     */
    static final int LISTING_BATCH = 50;
    static final int LISTING_CALLS_IN_FLIGHT = 4;
    public static final String META_FILTERS = "filters";
    public static final String META_LAST_PASS = "last-pass";

    private final DriveClient client;
    private final BaseStore store;
    private final SyncOptions options;
    private final SyncHooks hooks;
    private final SyncListener listener;
    private final Clock clock;

    DriveSync(DriveClient client, BaseStore store, SyncOptions options, SyncHooks hooks, SyncListener listener, Clock clock) {
        this.client = client;
        this.store = store;
        this.options = options;
        this.hooks = hooks;
        this.listener = listener;
        this.clock = clock;
    }

    /** Runs one pass; setting {@code stop} (e.g. on SIGTERM) ends it after the items in flight. */
    public PassReport run(AtomicBoolean stop) {
        return run(stop, () -> false);
    }

    /** Runs one pass that ends after the items in flight once {@code cancelled} says so (the daemon's shutdown). */
    public PassReport run(BooleanSupplier cancelled) {
        return run(new AtomicBoolean(), cancelled);
    }

    private PassReport run(AtomicBoolean stop, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        Path root = localRoot();
        LocalFiles files = new LocalFiles(root, clock);
        Set<String> packages = store.packages();

        listener.phase("scanning " + root);
        long t0 = System.nanoTime();
        LocalSnapshot local = new LocalScanner(root, options.filters()).scan();
        Duration scanLocal = Duration.ofNanos(System.nanoTime() - t0);
        listener.phase("listing iCloud Drive");
        t0 = System.nanoTime();
        RemoteScanner remoteScanner = new RemoteScanner(new FolderWalker(client, LISTING_BATCH, LISTING_CALLS_IN_FLIGHT), options.filters(), packages);
        RemoteSnapshot remote = remoteScanner.scan();

        var base = store.loadAll();
        Sides sides = sides(base, local, remote);
        BaseWrites writes = new BaseWrites(store, hooks, clock);
        Appliers steps = Appliers.of(files, Remote.of(client, folders(remote)), writes, sides, options, hooks, clock, true);
        if (!options.dryRun()) {
            for (String t : local.staleTemps()) deleteQuietly(root.resolve(t));
            if (!store.pending().isEmpty() && steps.recovery().run(remote)) {
                remote = remoteScanner.scan();
                base = store.loadAll();
                sides = sides(base, local, remote);
                steps = Appliers.of(files, Remote.of(client, folders(remote)), writes, sides, options, hooks, clock, true);
            }
        }
        Duration scanRemote = Duration.ofNanos(System.nanoTime() - t0);
        List<String> warnings = new ArrayList<>(local.warnings());
        warnings.addAll(remote.warnings());
        warnings.forEach(listener::warning);

        boolean resync = base.isEmpty() || store.recreated()
                || !store.meta(META_FILTERS).map(options.filters().fingerprint()::equals).orElse(false);
        guardEmpty(base, local, remote);
        Function<dev.orchard.drive.local.LocalEntry, String> sha = options.checksums()
                ? l -> Hashes.sha256(root.resolve(l.fsPath())) : null;

        Sides trial = sides.copy();
        Appliers dry = Appliers.of(files, steps.remote(), writes, trial, options, hooks, clock, false);
        Plan plan = new Planner(trial, resync, sha).plan(renames(dry.renamer(), trial, resync));
        checkSafety(plan, resync);
        if (options.dryRun()) {
            return new PassReport(PassReport.linesOf(plan), steps.outcome(), warnings, resync, true, scanLocal, scanRemote,
                    Duration.ofNanos(System.nanoTime() - started), local.entries().size(), remote.entries().size(), java.util.Set.of());
        }

        listener.phase("syncing");
        List<Rename> done = renames(steps.renamer(), sides, resync);
        Plan live = new Planner(sides, resync, sha).plan(done);
        BooleanSupplier stopping = () -> stop.get() || cancelled.getAsBoolean();
        apply(live, steps, stop, stopping);
        // Safe even after failures: a copy that failed left no base row, so it is still copied next time.
        store.meta(META_FILTERS, options.filters().fingerprint());
        store.meta(META_LAST_PASS, Instant.now(clock) + " " + steps.outcome().summary());
        purgeTrash(root, warnings);
        return new PassReport(PassReport.linesOf(live), steps.outcome(), warnings, resync, false, scanLocal, scanRemote,
                Duration.ofNanos(System.nanoTime() - started), local.entries().size(), remote.entries().size(), files.written());
    }

    private void purgeTrash(Path root, List<String> warnings) {
        try {
            new DatedTrash(root, clock, DatedTrash.EmptyFolders.KEEP).purgeOlderThan(options.trashDays());
        } catch (IOException | UncheckedIOException e) {
            String w = "could not empty old " + Names.LOCAL_TRASH + " folders: " + message(e);
            warnings.add(w);
            listener.warning(w);
        }
    }

    private Path localRoot() {
        Path root = options.localDir().toAbsolutePath().normalize();
        if (Files.isDirectory(root)) return root;
        if (store.count(false) + store.count(true) > 0) {
            throw new AbortedException("the sync folder " + root + " is missing although " + store.count(false)
                    + " files were synced into it; is a disk unmounted? Orchard will not treat that as deleting everything");
        }
        if (options.dryRun()) return root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sync folder " + root + ": " + e.getMessage(), e);
        }
        return root;
    }

    private static Sides sides(java.util.Map<String, dev.orchard.drive.state.BaseEntry> base, LocalSnapshot local, RemoteSnapshot remote) {
        Set<String> skipped = new HashSet<>(local.colliding());
        skipped.addAll(remote.colliding());
        skipped.addAll(remote.unknown());
        return new Sides(new java.util.HashMap<>(base), new java.util.HashMap<>(local.entries()),
                new java.util.HashMap<>(remote.entries()), skipped, local.holdsSkipped(), remote.holdsSkipped());
    }

    private static RemoteFolders folders(RemoteSnapshot remote) {
        RemoteFolders f = new RemoteFolders(remote.root());
        for (RemoteEntry e : remote.entries().values()) if (e.dir()) f.put(e.path(), e.item());
        return f;
    }

    private List<Rename> renames(Renamer renamer, Sides s, boolean resync) {
        List<Rename> done = new ArrayList<>();
        for (Rename r : RenameDetector.detect(s, resync)) {
            try {
                Rename applied = renamer.apply(r);
                if (applied != null) {
                    done.add(applied);
                    listener.done(applied.kind().label(), applied.from() + " -> " + applied.to(), null);
                }
            } catch (IOException | RuntimeException e) {
                rethrowIfFatal(e);
                listener.done(r.kind().label(), r.from(), message(e));
            }
        }
        return done;
    }

    private void guardEmpty(java.util.Map<String, dev.orchard.drive.state.BaseEntry> base, LocalSnapshot local, RemoteSnapshot remote) {
        long files = base.values().stream().filter(b -> !b.dir()).count();
        if (files < SyncOptions.MAX_DELETE_MIN_FILES || options.force()) return;
        if (remote.rootItems() == 0) {
            throw new AbortedException("iCloud Drive answered with an empty root although " + files + " files were "
                    + "synced; nothing was changed. If you really emptied it, run once with --drive-force");
        }
        if (local.entries().isEmpty()) {
            throw new AbortedException("the sync folder is empty although " + files + " files were synced; nothing was "
                    + "changed. If you really emptied it, run once with --drive-force");
        }
    }

    private void checkSafety(Plan plan, boolean resync) {
        if (options.force() || resync || plan.baseFiles() < SyncOptions.MAX_DELETE_MIN_FILES) return;
        int worst = Math.max(plan.localDeletes(), plan.remoteDeletes());
        if (worst * 100L > (long) options.maxDeletePercent() * plan.baseFiles()) {
            throw new AbortedException("this pass would delete " + worst + " of " + plan.baseFiles() + " synced files "
                    + "(more than --drive-max-delete " + options.maxDeletePercent() + "%); nothing was changed. Check with "
                    + "'orchard drive plan', then run once with --drive-force if that is what you want");
        }
        if (plan.localPresent() >= SyncOptions.MAX_DELETE_MIN_FILES && plan.localChanged() == plan.localPresent()) {
            throw new AbortedException("every synced local file looks changed (a clock or time zone shift, a remount?); "
                    + "nothing was changed. Run once with --drive-force if the edits are real");
        }
        if (plan.remotePresent() >= SyncOptions.MAX_DELETE_MIN_FILES && plan.remoteChanged() == plan.remotePresent()) {
            throw new AbortedException("every synced iCloud file looks changed; nothing was changed. Run once with "
                    + "--drive-force if the edits are real");
        }
    }

    /** {@code stop} is set when a failure ends the pass; {@code stopping} also says whether whoever runs it asked it to stop. */
    private void apply(Plan plan, Appliers steps, AtomicBoolean stop, BooleanSupplier stopping) {
        Outcome outcome = steps.outcome();
        Structure structure = steps.structure();
        Conflicts conflicts = steps.conflicts();
        Transfers transfers = steps.transfers();
        List<Action> parallel = new ArrayList<>();
        List<Action> deletions = new ArrayList<>();
        for (Action a : plan.actions()) {
            switch (a.kind()) {
                case CREATE_LOCAL_DIR, CREATE_REMOTE_DIR, REPLACE_LOCAL, REPLACE_REMOTE ->
                        one(stopping, outcome, a, () -> structure.run(a));
                case DELETE_LOCAL, TRASH_REMOTE -> deletions.add(a);
                default -> parallel.add(a);
            }
        }
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.transfers()))) {
            for (List<Action> unit : TransferUnits.of(parallel, options.transfers(), options.maxDownloads() == 0)) {
                futures.add(pool.submit(() -> {
                    if (unit.size() > 1 && !stopping.getAsBoolean()) prefetch(transfers, unit);
                    for (Action a : unit) {
                        one(stopping, outcome, a, () -> {
                            switch (a.kind()) {
                                case CONFLICT -> conflicts.resolve(a);
                                case DOWNLOAD, UPLOAD_NEW, UPLOAD_UPDATE -> transfers.run(a);
                                default -> structure.run(a);
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    stop.set(true);
                    throw unwrap(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.set(true);
                    throw new AbortedException("interrupted");
                }
            }
        }
        for (Action a : deletions) one(stopping, outcome, a, () -> structure.run(a));
    }

    /** Best effort: downloads whose URL it did not get ask by_id; only what ends the pass ends it. */
    private static void prefetch(Transfers transfers, List<Action> unit) {
        try {
            transfers.prefetch(unit);
        } catch (RuntimeException e) {
            rethrowIfFatal(e);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs one action; a failure is reported and the pass goes on, unless it means the pass cannot. */
    private void one(BooleanSupplier stopping, Outcome outcome, Action a, Step step) {
        if (stopping.getAsBoolean()) {
            outcome.deferred(a.path(), "Orchard is stopping");
            return;
        }
        try {
            step.run();
            if (a.kind().visible()) listener.done(a.kind().label(), a.path(), null);
        } catch (IOException | RuntimeException e) {
            rethrowIfFatal(e);
            outcome.failed(a.path(), message(e));
            listener.done(a.kind().label(), a.path(), message(e));
        }
    }

    /** Throttling and a lost session end the pass; everything else fails one item. */
    private static void rethrowIfFatal(Exception e) {
        if (e instanceof RetryLaterException r) throw r;
        if (e instanceof SessionEndedException s) throw s;
        if (e instanceof DriveException d && (d.kind() == DriveException.Kind.SESSION
                || d.kind() == DriveException.Kind.PCS_REQUIRED || d.kind() == DriveException.Kind.NOT_SET_UP)) throw d;
    }

    private static RuntimeException unwrap(Throwable t) {
        if (t instanceof Error err) throw err;
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    static String message(Exception e) {
        return FailureText.of(e);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale temp that cannot go now goes next time
        }
    }
}
