package dev.orchard.fake.photos.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Adds assets to a library: builds and checksums their files in parallel outside the lock (so large batches,
 * the generator's, cost about one pass over their bytes per core), then inserts the records in order.
 */
final class AssetImporter {
    private final PhotoLibrary lib;
    private final ResourceFactory resources;

    AssetImporter(PhotoLibrary lib, ResourceFactory resources) {
        this.lib = lib;
        this.resources = resources;
    }

    List<Asset> add(List<AssetSpec> specs) {
        List<Long> seeds = lib.write(() -> {
            List<Long> s = new ArrayList<>(specs.size());
            for (AssetSpec spec : specs) s.add(spec.seed != null ? spec.seed : lib.takeSeed());
            return s;
        });
        List<Map<ResourceRole, Resource>> built = IntStream.range(0, specs.size()).parallel()
                .mapToObj(i -> specs.get(i).sameMasterAs != null ? null : resources.masterResources(specs.get(i), seeds.get(i)))
                .toList();
        return lib.write(() -> {
            List<Asset> added = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) added.add(insert(specs.get(i), seeds.get(i), built.get(i)));
            return added;
        });
    }

    private Asset insert(AssetSpec spec, long assetSeed, Map<ResourceRole, Resource> built) {
        Zone zone = spec.sharedLibrary ? lib.requireShared() : lib.primary();
        String id = spec.id != null ? spec.id : Ids.uuid(assetSeed);
        if (zone.find(id) != null) throw new LibraryException(LibraryException.Reason.EXISTS, "asset " + id + " exists already");
        long now = lib.now();
        long added = spec.addedDate != null ? spec.addedDate : now;
        Master master = spec.sameMasterAs != null ? lib.requireAsset(zone, spec.sameMasterAs).master()
                : masterFor(zone, spec, built, added);
        Subtype subtype = spec.kind == AssetKind.VIDEO || spec.subtype != Subtype.SLOMO ? spec.subtype : Subtype.PLAIN;
        Asset a = new Asset(id, added, master, spec.assetDate != null ? spec.assetDate : added, added,
                spec.timeZoneOffset, subtype, spec.burstId, spec.caption);
        a.favorite(spec.favorite);
        a.describe(spec.caption, spec.description, spec.keywords);
        a.location(spec.location);
        a.hidden(spec.hidden);
        zone.put(a);
        master.liveAssets(master.liveAssets() + 1);
        master.assets(master.assets() + 1);
        if (spec.edited || subtype == Subtype.SLOMO) a.edit(lib.register(resources.edit(master, subtype, assetSeed, 1)));
        if (spec.trashed) {
            long trashedAt = now - Math.floorMod(assetSeed, 20) * 86_400_000L;
            a.trash(trashedAt + PhotoLibrary.TRASH_KEEPS.toMillis(), trashedAt + PhotoLibrary.TRASHED_RECORD_EXPIRES.toMillis());
            lib.noteExpiry(a.dateExpunged());
            master.liveAssets(master.liveAssets() - 1);
        }
        if (master.liveAssets() == 0) master.trashedWith(a);
        else master.untrashed();
        lib.log(zone, a, added);
        for (String albumId : spec.albums) lib.addToAlbum(zone, a, lib.requireAlbum(zone, albumId), added);
        return a;
    }

    /** The zone's master for these files: the existing one when the original is already there (same bytes). */
    private Master masterFor(Zone zone, AssetSpec spec, Map<ResourceRole, Resource> built, long at) {
        String name = built.get(ResourceRole.ORIGINAL).checksum().base64();
        if (zone.find(name) instanceof Master existing) return existing;
        String filename = spec.noFilename ? null
                : spec.filename != null ? spec.filename
                : String.format("IMG_%04d.%s", lib.takeFileNumber() % 10000, ResourceFactory.originalFormat(spec).extension());
        built.values().forEach(lib::registerContent);
        Master m = new Master(at, filename, ResourceFactory.originalFormat(spec), spec.orientation, built);
        zone.put(m);
        lib.log(zone, m, at);
        return m;
    }
}
