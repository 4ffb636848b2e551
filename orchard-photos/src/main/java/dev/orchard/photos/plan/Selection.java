package dev.orchard.photos.plan;

import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.photos.albums.AlbumMatcher;
import dev.orchard.photos.options.UnknownAlbumException;
import dev.orchard.photos.state.AssetStore.StoredAsset;
import dev.orchard.photos.state.Stores;
import dev.orchard.photos.options.SyncOptions;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which assets belong in the library: not deleted, not hidden (unless asked), of a wanted media type, taken
 * in the date range, and, when albums are named, in one of them, and in none of the excluded ones (matched by
 * {@link AlbumMatcher}: a name or folder path such as {@code Trips/Rome}, case-insensitively; a folder stands for
 * the albums in it; an unknown name is an {@link UnknownAlbumException}). An asset that a relative
 * {@code --photos-from} leaves behind as the days pass keeps the files it already has.
 */
public final class Selection {
    private final SyncOptions options;
    private final Stores stores;
    private final Set<String> albumIds;
    private final Set<String> excludedIds;
    private final LocalDate first;
    private final LocalDate last;

    private Selection(SyncOptions options, Stores stores, Set<String> albumIds, Set<String> excludedIds) {
        this.options = options;
        this.stores = stores;
        this.albumIds = albumIds;
        this.excludedIds = excludedIds;
        this.first = options.firstDay();
        this.last = options.lastDay();
    }

    public static Selection of(SyncOptions options, Stores stores) throws SQLException {
        return new Selection(options, stores, ids(options.albums(), stores), ids(options.excludeAlbums(), stores));
    }

    private static Set<String> ids(List<String> names, Stores stores) throws SQLException {
        Set<String> ids = new HashSet<>();
        if (names.isEmpty()) return ids;
        for (AlbumMatcher.AlbumRef a : AlbumMatcher.of(stores).resolve(names)) ids.add(a.zone() + "\n" + a.id());
        return ids;
    }

    public boolean selected(StoredAsset s) throws SQLException {
        PhotoAsset pa = s.photoAsset();
        if (s.removed() || pa == null || s.asset().trashed()) return false;
        if (s.asset().hidden() && !options.includeHidden()) return false;
        if (!options.media().contains(pa.kind())) return false;
        if (first != null || last != null) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(s.asset().assetDate())
                    .plusSeconds(s.asset().timeZoneOffset()), ZoneOffset.UTC);
            if (first != null && day.isBefore(first)) {
                if (options.from() != null || stores.files().ofAsset(s.zone(), s.asset().recordName()).isEmpty()) return false;
            }
            if (last != null && day.isAfter(last)) return false;
        }
        if (options.albums().isEmpty() && options.excludeAlbums().isEmpty()) return true;
        boolean in = options.albums().isEmpty();
        for (String album : stores.albums().albumsOf(s.zone(), s.asset().recordName())) {
            String key = s.zone() + "\n" + album;
            if (excludedIds.contains(key)) return false;
            if (albumIds.contains(key)) in = true;
        }
        return in;
    }

    /**
     * Marks dirty the assets a relative {@code --photos-to} reaches since the last run (they were too recent then,
     * and nothing else would plan them again); call inside a transaction.
     */
    public static void planAgainAssetsReached(SyncOptions options, Stores stores) throws SQLException {
        LocalDate last = options.recentTo() == null ? null : options.lastDay();
        String before = stores.db().meta(LAST_DAY);
        String now = last == null ? null : last.toString();
        if (java.util.Objects.equals(before, now)) return;
        if (before != null && last != null) {
            // A day either side: the capture day is local time, up to 14 hours off UTC.
            long from = LocalDate.parse(before).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long to = last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            stores.db().update("UPDATE assets SET dirty = 1 WHERE dirty = 0 AND asset_date >= ? AND asset_date < ?", from, to);
        }
        stores.db().putMeta(LAST_DAY, now);
    }

    private static final String LAST_DAY = "selection-last-day";
}
