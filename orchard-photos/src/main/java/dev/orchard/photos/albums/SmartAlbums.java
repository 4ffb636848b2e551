package dev.orchard.photos.albums;

import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.MediaKind;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.PhotoAsset;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.albums.SmartAlbum.Facts;
import dev.orchard.photos.state.StateDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The members of each smart album, read from the stored assets and masters in one pass (oldest first). */
public final class SmartAlbums {
    /** Told of each member of each smart album as the assets are read. */
    @FunctionalInterface
    public interface MemberSink {
        void member(SmartAlbum album, String zone, String assetId) throws SQLException;
    }

    private SmartAlbums() {
    }

    /**
     * Streams the members of every smart album to {@code sink}, in asset_date order (an asset in several albums is
     * told once per album, in the albums' order); Hidden only when {@code withHidden}. Assets in Recently Deleted
     * or gone are in none. Nothing is held: the sink may run other statements, but must not change the assets,
     * masters or resources.
     */
    public static void members(StateDb db, boolean withHidden, MemberSink sink) throws SQLException {
        List<SmartAlbum> albums = new ArrayList<>();
        for (SmartAlbum s : SmartAlbum.values()) if (withHidden || s != SmartAlbum.HIDDEN) albums.add(s);
        db.each("SELECT a.zone, a.id, a.favorite, a.hidden, a.subtype, a.asset_subtype, a.adjustment, a.burst_id,"
                + " m.data_class, m.item_type,"
                + " (SELECT file_type FROM resources r WHERE r.zone = a.zone AND r.owner = a.master_id AND r.role = 'ORIGINAL'),"
                + " EXISTS (SELECT 1 FROM resources r WHERE r.zone = a.zone AND r.owner = a.master_id AND r.role = 'LIVE_VIDEO')"
                + " FROM assets a JOIN masters m ON m.zone = a.zone AND m.id = a.master_id"
                + " WHERE a.removed = 0 AND a.trashed = 0 ORDER BY a.asset_date, a.rowid",
                rs -> new Row(rs.getString(1), rs.getString(2), facts(rs)), row -> {
                    for (SmartAlbum s : albums) if (s.contains(row.facts())) sink.member(s, row.zone(), row.assetId());
                });
    }

    private record Row(String zone, String assetId, Facts facts) {
    }

    private static Facts facts(ResultSet rs) throws SQLException {
        Map<ResourceRole, Resource> res = new EnumMap<>(ResourceRole.class);
        String originalType = rs.getString(11);
        if (originalType != null) res.put(ResourceRole.ORIGINAL, new Resource(ResourceRole.ORIGINAL, "", -1, originalType, null));
        if (rs.getInt(12) == 1) res.put(ResourceRole.LIVE_VIDEO, new Resource(ResourceRole.LIVE_VIDEO, "", -1, null, null));
        Master m = new Master("", rs.getString(1), null, rs.getString(10), rs.getInt(9), null, res);
        int subtypeV2 = rs.getInt(5);
        Asset a = new Asset(rs.getString(2), rs.getString(1), "", null, 0, 0, 0, false, false, false, subtypeV2, null, 0, null,
                Map.of());
        MediaKind kind = new PhotoAsset(a, m).kind();
        return new Facts(rs.getInt(3) == 1, rs.getInt(4) == 1, kind, subtypeV2, rs.getInt(6), rs.getString(7), rs.getString(8));
    }
}
