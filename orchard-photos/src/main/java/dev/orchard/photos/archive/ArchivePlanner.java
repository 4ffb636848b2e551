package dev.orchard.photos.archive;

import dev.orchard.icloud.photos.cloudkit.PhotoZone;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.albums.AlbumMatcher;
import dev.orchard.photos.albums.AlbumMatcher.AlbumRef;
import dev.orchard.photos.archive.ArchivePlan.Item;
import dev.orchard.photos.plan.Selection;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.SyncOptions;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a request into a plan from the library's state (no network): which assets match, and for each
 * whether its files are all here and it may leave iCloud, stays as a favourite, or is skipped and why.
 */
final class ArchivePlanner {
    static final String SHARED = "in the Shared Library: other people's photos are not this account's to remove";
    static final String HIDDEN = "hidden, and this library does not keep hidden photos (--photos-hidden)";
    static final String NOT_KEPT = "not kept by this library (outside its album, date or media filters)";

    private final Stores stores;
    private final SyncOptions options;

    ArchivePlanner(Stores stores, SyncOptions options) {
        this.stores = stores;
        this.options = options;
    }

    ArchivePlan plan(ArchiveRequest request, Instant now) throws SQLException {
        AlbumMatcher matcher = AlbumMatcher.of(stores);
        List<AlbumRef> albums = matcher.resolve(request.albums());
        Set<String> excluded = members(matcher.resolve(request.exceptAlbums()));
        Set<String> candidates = new LinkedHashSet<>();
        if (!request.albums().isEmpty()) {
            candidates.addAll(members(albums));
        } else {
            candidates.addAll(stores.db().query("SELECT zone || char(10) || id FROM assets WHERE removed = 0 AND trashed = 0"
                    + " ORDER BY asset_date, id", rs -> rs.getString(1)));
        }
        candidates.removeAll(excluded);
        candidates.removeAll(stores.db().query("SELECT zone || char(10) || asset_id FROM archived_assets WHERE left_icloud = 1",
                rs -> rs.getString(1)));
        Selection selection = Selection.of(options, stores);
        List<Item> kept = new ArrayList<>();
        List<Item> leaving = new ArrayList<>();
        List<Item> favourites = new ArrayList<>();
        List<Item> skipped = new ArrayList<>();
        for (String key : candidates) {
            int nl = key.indexOf('\n');
            StoredAsset s = stores.assets().stored(key.substring(0, nl), key.substring(nl + 1));
            if (s == null || s.removed() || s.asset().trashed() || s.photoAsset() == null) continue;
            if (request.olderThan() != null && !request.olderThan().older(s.asset().assetDate(), s.asset().timeZoneOffset(), now)) {
                continue;
            }
            Item item = item(s);
            String why = problem(s, selection, item);
            if (why != null) {
                skipped.add(item.because(why));
            } else if (s.asset().favorite()) {
                kept.add(item);
                favourites.add(item.because("favourite"));
            } else {
                kept.add(item);
                if (!request.keepInICloud()) leaving.add(item);
            }
        }
        int deferred = 0;
        if (request.maxRemoved() > 0 && leaving.size() > request.maxRemoved()) {
            leaving.sort(Comparator.comparingLong(Item::assetDate).thenComparing(Item::assetId));
            List<Item> later = leaving.subList(request.maxRemoved(), leaving.size());
            deferred = later.size();
            Set<String> ids = new HashSet<>();
            later.forEach(i -> ids.add(i.zone() + "\n" + i.assetId()));
            kept.removeIf(i -> ids.contains(i.zone() + "\n" + i.assetId()));
            leaving = new ArrayList<>(leaving.subList(0, request.maxRemoved()));
        }
        List<String> frozen = request.freezesAlbums() ? albums.stream().map(AlbumRef::path).toList() : List.of();
        return new ArchivePlan(request.rule(), request.keepInICloud(), kept, leaving, favourites, skipped, deferred, frozen);
    }

    private Set<String> members(List<AlbumRef> albums) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (AlbumRef a : albums) {
            for (String id : stores.albums().members(a.zone(), a.id())) out.add(a.zone() + "\n" + id);
        }
        return out;
    }

    /** Why the asset cannot be archived, or null. */
    private String problem(StoredAsset s, Selection selection, Item item) throws SQLException {
        if (s.zone().startsWith(PhotoZone.SHARED_PREFIX)) return SHARED;
        if (s.asset().hidden() && !options.includeHidden()) return HIDDEN;
        if (!selection.selected(s)) return NOT_KEPT;
        Map<ResourceRole, FileRecord> files = new EnumMap<>(ResourceRole.class);
        for (FileRecord f : stores.files().ofAsset(s.zone(), s.asset().recordName())) files.put(f.role(), f);
        for (Resource r : keptResources(s.photoAsset()).values()) {
            FileRecord f = files.get(r.role());
            if (f == null || f.state() != FileState.PRESENT) {
                return "not downloaded yet: its " + label(r.role()) + (f == null ? "" : " (" + f.path() + ")");
            }
            if (!FileChecksum.verifiable(r.checksum())) {
                return "iCloud's checksum of its " + label(r.role()) + " is in a form Orchard cannot verify";
            }
            if (!FileChecksum.same(f.checksum(), r.checksum())) {
                return "its " + label(r.role()) + " here (" + f.path() + ") is an older version than iCloud's";
            }
        }
        return item.files().isEmpty() ? "no files of it are in this library" : null;
    }

    /** The files of an asset that this library keeps: every original part, and the edits unless they are turned off. */
    Map<ResourceRole, Resource> keptResources(PhotoAsset pa) {
        Map<ResourceRole, Resource> r = new EnumMap<>(pa.resources());
        if (!options.edits()) {
            r.remove(ResourceRole.EDITED);
            r.remove(ResourceRole.EDITED_VIDEO);
        }
        return r;
    }

    private Item item(StoredAsset s) throws SQLException {
        List<String> names = new ArrayList<>();
        long bytes = 0;
        for (FileRecord f : stores.files().ofAsset(s.zone(), s.asset().recordName())) {
            // iCloud's renditions live in the state folder: they are no file of the library to keep or report.
            if (f.state() != FileState.PRESENT || f.role().rendition()) continue;
            names.add(f.path());
            bytes += Math.max(0, f.size());
        }
        names.sort(null);
        long icloud = s.photoAsset().resources().values().stream().mapToLong(r -> Math.max(0, r.size())).sum();
        String name = names.isEmpty() ? s.asset().recordName() : names.get(0);
        return new Item(s.zone(), s.asset().recordName(), s.asset().assetDate(), name, List.copyOf(names), bytes, icloud, null);
    }

    static String label(ResourceRole role) {
        return switch (role) {
            case ORIGINAL -> "original";
            case ALTERNATIVE -> "RAW/JPEG alternative";
            case LIVE_VIDEO -> "Live Photo video";
            case EDITED, EDITED_VIDEO -> "edited version";
            case THUMB, PREVIEW, EDITED_THUMB -> "preview";
        };
    }
}
