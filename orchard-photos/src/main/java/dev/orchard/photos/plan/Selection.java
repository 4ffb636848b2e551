package dev.orchard.photos.plan;

import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.SyncOptions;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which assets belong in the library: not deleted, not hidden (unless asked), of a wanted media type, taken
 * in the date range, and, when albums are named, in one of them (matched by name or by folder path such as
 * {@code Trips/Rome}, case-insensitively).
 */
public final class Selection {
    private final SyncOptions options;
    private final Stores stores;
    private final Set<String> albumIds;

    private Selection(SyncOptions options, Stores stores, Set<String> albumIds) {
        this.options = options;
        this.stores = stores;
        this.albumIds = albumIds;
    }

    public static Selection of(SyncOptions options, Stores stores) throws SQLException {
        Set<String> ids = new HashSet<>();
        if (!options.albums().isEmpty()) {
            Set<String> wanted = new HashSet<>();
            options.albums().forEach(n -> wanted.add(n.strip().toLowerCase(Locale.ROOT)));
            for (String zone : stores.albums().zones()) {
                List<Album> all = stores.albums().all(zone);
                Map<String, Album> byId = new HashMap<>();
                all.forEach(a -> byId.put(a.recordName(), a));
                for (Album a : all) {
                    if (a.folder()) continue;
                    String name = String.valueOf(a.name()).toLowerCase(Locale.ROOT);
                    String path = path(a, byId).toLowerCase(Locale.ROOT);
                    if (wanted.contains(name) || wanted.contains(path)) ids.add(zone + "\n" + a.recordName());
                }
            }
        }
        return new Selection(options, stores, ids);
    }

    /** The album's folder path joined with '/', e.g. {@code Trips/Rome}. */
    public static String path(Album a, Map<String, Album> byId) {
        StringBuilder b = new StringBuilder(String.valueOf(a.name()));
        Set<String> seen = new HashSet<>();
        Album p = a.parentId() == null ? null : byId.get(a.parentId());
        while (p != null && seen.add(p.recordName())) {
            b.insert(0, p.name() + "/");
            p = p.parentId() == null ? null : byId.get(p.parentId());
        }
        return b.toString();
    }

    public boolean selected(StoredAsset s) throws SQLException {
        PhotoAsset pa = s.photoAsset();
        if (s.removed() || pa == null || s.asset().trashed()) return false;
        if (s.asset().hidden() && !options.includeHidden()) return false;
        if (!options.media().contains(pa.kind())) return false;
        if (options.from() != null || options.to() != null) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(s.asset().assetDate())
                    .plusSeconds(s.asset().timeZoneOffset()), ZoneOffset.UTC);
            if (options.from() != null && day.isBefore(options.from())) return false;
            if (options.to() != null && day.isAfter(options.to())) return false;
        }
        if (options.albums().isEmpty()) return true;
        for (String album : stores.albums().albumsOf(s.zone(), s.asset().recordName())) {
            if (albumIds.contains(s.zone() + "\n" + album)) return true;
        }
        return false;
    }
}
