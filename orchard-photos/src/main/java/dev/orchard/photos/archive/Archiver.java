package dev.orchard.photos.archive;

import dev.orchard.photos.journal.ArchiveJournal;
import dev.orchard.photos.journal.ArchiveLog;
import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.photos.state.ArchiveStore;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.archive.ArchiveListener.Outcome;
import dev.orchard.photos.archive.ArchivePlan.Item;
import dev.orchard.photos.archive.Remover.Verified;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.localfiles.FolderLock;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.SyncOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Archives part of the library (issue 10): every matching asset's files are re-hashed against iCloud's
 * {@code fileChecksum} and pinned here; archived albums' folders are frozen; then, unless the request keeps
 * them in iCloud, every non-favourite moves to Recently Deleted (see {@link Remover}). Run it right after a
 * sync, which brings the state up to date and downloads what is missing; {@link #plan} is the same decision
 * as data, changing nothing.
 */
public final class Archiver {
    private final PhotosService photos;
    private final SyncOptions options;
    private final ArchiveHooks hooks;
    private final Sleeper sleeper;
    private final LibraryPaths paths;

    public Archiver(PhotosService photos, SyncOptions options, ArchiveHooks hooks, Sleeper sleeper) {
        this.photos = photos;
        this.options = options;
        this.hooks = hooks;
        this.sleeper = sleeper;
        this.paths = new LibraryPaths(options.libraryDir());
    }

    /** What {@link #run} would do now, from the library's state as of its last sync. Changes nothing. */
    public ArchivePlan plan(ArchiveRequest request) {
        try (FolderLock lock = open(); StateDb db = StateDb.open(paths.database(), true)) {
            Stores stores = Stores.of(db);
            return db.tx(d -> new ArchivePlanner(stores, options).plan(request, options.clock().instant()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the library folder " + paths.root() + ": " + e.getMessage(), e);
        }
    }

    public ArchiveReport run(ArchiveRequest request, ArchiveListener listener) {
        long requestsBefore = photos.requestCount();
        try (FolderLock lock = open(); StateDb db = StateDb.open(paths.database(), false)) {
            Stores stores = Stores.of(db);
            Map<String, PhotoZone> zones = new HashMap<>();
            for (PhotoZone z : db.tx(d -> stores.zones().all())) zones.put(z.zoneName(), z);
            ArchiveLog log = new ArchiveLog(paths, true);
            try {
                return run(request, listener, stores, zones, log, requestsBefore);
            } finally {
                log.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the library folder " + paths.root() + ": " + e.getMessage(), e);
        }
    }

    private ArchiveReport run(ArchiveRequest request, ArchiveListener listener, Stores stores, Map<String, PhotoZone> zones,
                              ArchiveLog log, long requestsBefore) {
        StateDb db = stores.db();
        ArchiveJournal.reconcile(stores, photos.lookup(), z -> zone(zones, z), log, options.clock());
        ArchivePlanner planner = new ArchivePlanner(stores, options);
        ArchivePlan plan = db.tx(d -> planner.plan(request, options.clock().instant()));
        long id = db.tx(d -> new ArchiveStore(d).start(request.rule(), request.keepInICloud(), options.clock().millis()));
        Run run = new Run(id, listener, log, stores);
        run.skipped.addAll(plan.skipped());
        for (Item i : plan.skipped()) log.write(options.clock().instant(), id, i.assetId(), "skipped", i.files(), List.of(), i.reason());
        List<Verified> verified = verify(stores, planner, plan, run);
        Set<String> leaving = new HashSet<>();
        plan.leaving().forEach(i -> leaving.add(i.zone() + "\n" + i.assetId()));
        // A frozen album or a keep-in-iCloud archive pins everything it verified; an age archive only what leaves iCloud,
        // so favourites and assets that end up staying keep following iCloud.
        boolean pinAll = request.freezesAlbums() || request.keepInICloud();
        run.unpinStaying = !pinAll;
        pin(stores, pinAll ? verified : verified.stream().filter(v -> leaving.contains(v.item().zone() + "\n" + v.item().assetId()))
                .toList(), request, id, log);
        Map<String, List<Verified>> byZone = new LinkedHashMap<>();
        for (Verified v : verified) {
            if (leaving.contains(v.item().zone() + "\n" + v.item().assetId())) {
                byZone.computeIfAbsent(v.item().zone(), z -> new ArrayList<>()).add(v);
            } else {
                run.settled(v, v.asset().favorite() ? Outcome.FAVOURITE : Outcome.KEPT,
                        v.asset().favorite() ? "favourite: stays in iCloud" : "kept in iCloud as asked");
            }
        }
        if (!byZone.isEmpty()) {
            listener.phase("moving to Recently Deleted");
            Remover remover = new Remover(photos, stores, id, options.includeHidden(), hooks, sleeper, log, options.clock());
            try {
                for (Map.Entry<String, List<Verified>> e : byZone.entrySet()) {
                    remover.remove(zone(zones, e.getKey()), e.getValue(), run::settled);
                }
            } catch (RuntimeException e) {
                settleAfterFailure(stores, zones, log, e);
                db.txRun(d -> new ArchiveStore(d).finish(id, options.clock().millis(), verified.size(), run.skipped.size()));
                throw e;
            }
        }
        db.txRun(d -> new ArchiveStore(d).finish(id, options.clock().millis(), verified.size(), run.skipped.size()));
        long freed = run.removed.stream().mapToLong(Item::icloudBytes).sum();
        return new ArchiveReport(id, request.rule(), request.keepInICloud(), verified.stream().map(Verified::item).toList(),
                List.copyOf(run.removed), List.copyOf(run.favourites), List.copyOf(run.skipped), plan.deferred(),
                plan.frozenAlbums(), freed, photos.requestCount() - requestsBefore);
    }

    private FolderLock open() throws IOException {
        if (!Files.isRegularFile(paths.database())) {
            throw new IllegalStateException("the library " + paths.root() + " has not been synced yet; run orchard photos sync first");
        }
        return paths.lock();
    }

    private static PhotoZone zone(Map<String, PhotoZone> zones, String name) {
        return zones.getOrDefault(name, new PhotoZone("private", name, null, null));
    }

    /** Re-hashes every file of every asset to keep; an asset whose files do not all match iCloud is skipped. */
    private List<Verified> verify(Stores stores, ArchivePlanner planner, ArchivePlan plan, Run run) {
        run.listener.phase("verifying files");
        List<Verified> out = new ArrayList<>();
        long done = 0;
        for (Item item : plan.kept()) {
            StoredAsset s = stores.db().tx(d -> stores.assets().stored(item.zone(), item.assetId()));
            List<String> checksums = new ArrayList<>();
            String problem = s == null || s.photoAsset() == null ? "no longer in this library's state"
                    : check(stores, planner.keptResources(s.photoAsset()), item, checksums);
            if (problem == null) {
                out.add(new Verified(item, s.asset(), List.copyOf(checksums)));
            } else {
                run.skipped.add(item.because(problem));
                run.listener.asset(item, Outcome.SKIPPED, problem);
                run.log.write(options.clock().instant(), run.id, item.assetId(), "skipped", item.files(), checksums, problem);
            }
            run.listener.progress(++done, plan.kept().size());
        }
        return out;
    }

    private String check(Stores stores, Map<ResourceRole, Resource> wanted, Item item, List<String> checksums) {
        Map<ResourceRole, FileRecord> files = new EnumMap<>(ResourceRole.class);
        stores.db().tx(d -> stores.files().ofAsset(item.zone(), item.assetId())).forEach(f -> files.put(f.role(), f));
        for (Resource r : wanted.values()) {
            FileRecord f = files.get(r.role());
            String what = "its " + ArchivePlanner.label(r.role());
            if (f == null || f.state() != FileState.PRESENT) return what + " is not in the library";
            Path p = paths.resolve(f.path());
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return what + " (" + f.path() + ") is missing";
            try {
                String actual = FileFetcher.checksum(p);
                checksums.add(actual);
                if (!FileChecksum.same(actual, r.checksum())) {
                    return what + " (" + f.path() + ") does not match iCloud's checksum; the next sync downloads it again";
                }
            } catch (IOException e) {
                return what + " (" + f.path() + ") cannot be read: " + e.getMessage();
            }
        }
        return null;
    }

    private void pin(Stores stores, List<Verified> verified, ArchiveRequest request, long id, ArchiveLog log) {
        long now = options.clock().millis();
        stores.db().txRun(d -> {
            ArchiveStore store = new ArchiveStore(d);
            for (Verified v : verified) store.pin(v.item().zone(), v.item().assetId(), id, now);
            if (request.freezesAlbums()) AlbumFreezer.freeze(stores, request.albums(), id);
        });
        for (Verified v : verified) {
            log.write(options.clock().instant(), id, v.item().assetId(), "kept", v.item().files(), v.checksums(),
                    "verified against iCloud's fileChecksum and pinned");
        }
        hooks.afterPin(verified.stream().map(v -> v.item().assetId()).toList());
    }

    /** After a failed request, asks iCloud what became of the journal's assets; if that fails too, the next run does. */
    private void settleAfterFailure(Stores stores, Map<String, PhotoZone> zones, ArchiveLog log, RuntimeException cause) {
        try {
            ArchiveJournal.reconcile(stores, photos.lookup(), z -> zone(zones, z), log, options.clock());
        } catch (RuntimeException again) {
            cause.addSuppressed(again);
        }
    }

    /** The outcomes of one run as they come in. */
    private final class Run {
        final long id;
        final ArchiveListener listener;
        final ArchiveLog log;
        final List<Item> removed = new ArrayList<>();
        final List<Item> favourites = new ArrayList<>();
        final List<Item> skipped = new ArrayList<>();
        final Stores stores;
        boolean unpinStaying;

        Run(long id, ArchiveListener listener, ArchiveLog log, Stores stores) {
            this.id = id;
            this.stores = stores;
            this.listener = listener;
            this.log = log;
        }

        void settled(Verified v, Outcome outcome, String detail) {
            Item item = v.item().because(detail);
            switch (outcome) {
                case REMOVED -> removed.add(item);
                case FAVOURITE -> favourites.add(item);
                case SKIPPED -> skipped.add(item);
                case KEPT -> { }
            }
            if (outcome != Outcome.REMOVED && unpinStaying) {
                stores.db().txRun(d -> new ArchiveStore(d).unpin(v.item().zone(), v.item().assetId(), id));
            }
            if (outcome != Outcome.REMOVED) {
                log.write(options.clock().instant(), id, v.item().assetId(), outcome.name().toLowerCase(java.util.Locale.ROOT),
                        v.item().files(), v.checksums(), detail);
            }
            listener.asset(item, outcome, detail);
        }
    }
}
