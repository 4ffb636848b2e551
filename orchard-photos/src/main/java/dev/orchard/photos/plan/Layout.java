package dev.orchard.photos.plan;

import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.download.FileFetcher;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.layout.VersionNames;
import dev.orchard.photos.options.PathTemplate;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileStore;
import dev.orchard.photos.options.LiveHalves;
import dev.orchard.photos.options.NameFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the paths of an asset's files: {@code <zone root>/<template folders>/<names>}. All versions share
 * one base name; if any of them is taken by another asset (or by a file Orchard does not own), the whole set
 * gets a suffix from the asset id. An asset keeps the suffix it already has, so names never shift.
 */
final class Layout {
    /** No suffix, three lengths of the asset id, then the longest with _2 to _99. */
    private static final int SUFFIXES = 102;
    private final FileStore files;
    private final LibraryPaths paths;
    private final PathTemplate template;
    private final boolean edits;
    private final LiveHalves live;
    private final NameFilter exclude;

    Layout(FileStore files, LibraryPaths paths, PathTemplate template, boolean edits, LiveHalves live, NameFilter exclude) {
        this.files = files;
        this.paths = paths;
        this.template = template;
        this.edits = edits;
        this.live = live;
        this.exclude = exclude;
    }

    /**
     * Files already in place that Orchard does not own but that hold exactly iCloud's bytes (a state lost or
     * a library made by another tool) are taken over rather than renamed; they are reported in {@code adopted}.
     */
    Map<ResourceRole, PlannedFile> plan(String zone, PhotoAsset pa, List<FileRecord> existing, Map<ResourceRole, Boolean> adopted)
            throws SQLException {
        Map<ResourceRole, Resource> resources = new EnumMap<>(pa.resources());
        if (!edits) {
            resources.remove(ResourceRole.EDITED);
            resources.remove(ResourceRole.EDITED_VIDEO);
        }
        if (resources.containsKey(ResourceRole.LIVE_VIDEO) && live == LiveHalves.IMAGE) {
            resources.remove(ResourceRole.LIVE_VIDEO);
        } else if (resources.containsKey(ResourceRole.LIVE_VIDEO) && live == LiveHalves.VIDEO) {
            resources.keySet().retainAll(EnumSet.of(ResourceRole.LIVE_VIDEO, ResourceRole.EDITED_VIDEO));
        }
        String folder = LibraryPaths.zoneRoot(zone);
        String sub = template.folder(pa.asset().assetDate(), pa.asset().timeZoneOffset());
        if (!sub.isEmpty()) folder = folder + "/" + sub;
        VersionNames names = VersionNames.of(pa.master());
        List<String> suffixes = suffixes(pa.id(), names, resources, folder, existing);
        for (String suffix : suffixes) {
            Map<ResourceRole, PlannedFile> out = new EnumMap<>(ResourceRole.class);
            Map<ResourceRole, Boolean> adopt = new EnumMap<>(ResourceRole.class);
            boolean free = true;
            for (Map.Entry<ResourceRole, String> e : names.names(resources, suffix).entrySet()) {
                if (exclude.excludes(e.getValue())) continue;
                String path = folder + "/" + e.getValue();
                Resource r = resources.get(e.getKey());
                Claim c = claim(zone, pa.id(), e.getKey(), path, r);
                if (c == Claim.TAKEN) {
                    free = false;
                    break;
                }
                if (c == Claim.ADOPT) adopt.put(e.getKey(), true);
                out.put(e.getKey(), new PlannedFile(path, r));
            }
            if (free) {
                adopted.putAll(adopt);
                return out;
            }
        }
        throw new IllegalStateException("no free file name for asset " + pa.id() + " in " + folder);
    }

    /**
     * Where iCloud's renditions of the asset are kept ({@link LibraryPaths#derivative}, inside the state folder),
     * by kind. A file already there that Orchard does not own is adopted when it holds iCloud's bytes, else replaced.
     */
    Map<ResourceRole, PlannedFile> renditions(String zone, PhotoAsset pa, Map<ResourceRole, Boolean> adopted) throws SQLException {
        Map<ResourceRole, PlannedFile> out = new EnumMap<>(ResourceRole.class);
        for (Map.Entry<ResourceRole, Resource> e : pa.renditions().entrySet()) {
            String kind = e.getKey() == ResourceRole.THUMB ? "thumb" : "med";
            String path = paths.root().relativize(paths.derivative(zone, pa.id(), kind)).toString();
            Claim c = claim(zone, pa.id(), e.getKey(), path, e.getValue());
            if (c == Claim.TAKEN && files.holder(path) != null) continue;
            if (c == Claim.ADOPT) adopted.put(e.getKey(), true);
            out.put(e.getKey(), new PlannedFile(path, e.getValue()));
        }
        return out;
    }

    private List<String> suffixes(String assetId, VersionNames names, Map<ResourceRole, Resource> resources, String folder,
                                  List<FileRecord> existing) {
        List<String> all = candidates(assetId);
        for (String s : existing.isEmpty() ? List.<String>of() : all) {
            Map<ResourceRole, String> n = names.names(resources, s);
            for (FileRecord f : existing) {
                if ((folder + "/" + n.get(f.role())).equals(f.path())) {
                    List<String> ordered = new ArrayList<>();
                    ordered.add(s);
                    ordered.addAll(all);
                    return ordered;
                }
            }
        }
        return all;
    }

    /**
     * The suffixes an asset's names may take, in order of preference: none, the start of its id (8, 16, 64
     * characters), then the longest with a counter. Made on demand: nearly every asset takes the first.
     */
    private static List<String> candidates(String assetId) {
        String full = VersionNames.suffix(assetId, 64);
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return switch (i) {
                    case 0 -> "";
                    case 1 -> full.substring(0, Math.min(9, full.length()));
                    case 2 -> full.substring(0, Math.min(17, full.length()));
                    case 3 -> full;
                    default -> full + "_" + (Objects.checkIndex(i, SUFFIXES) - 2);
                };
            }

            @Override
            public int size() {
                return SUFFIXES;
            }
        };
    }

    private enum Claim { OURS, FREE, ADOPT, TAKEN }

    private Claim claim(String zone, String assetId, ResourceRole role, String path, Resource r) throws SQLException {
        FileRecord holder = files.holder(path);
        if (holder != null) {
            return holder.zone().equals(zone) && holder.assetId().equals(assetId) && holder.role() == role ? Claim.OURS : Claim.TAKEN;
        }
        Path p = paths.resolve(path);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return Claim.FREE;
        return identical(p, r) ? Claim.ADOPT : Claim.TAKEN;
    }

    private static boolean identical(Path p, Resource r) {
        try {
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || (r.size() >= 0 && Files.size(p) != r.size())) return false;
            return FileChecksum.verifiable(r.checksum()) && FileChecksum.same(FileFetcher.checksum(p), r.checksum());
        } catch (IOException e) {
            return false;
        }
    }
}
