package dev.orchard.photos.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orchard.icloud.photos.model.AssetMetadata;
import dev.orchard.icloud.photos.model.GeoLocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Table {@code asset_meta}: an asset's title, description, keywords, location and orientation; no row when it has none. */
public final class AssetMetaStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String COLUMNS = "title, description, keywords, latitude, longitude, altitude, course, orientation";

    private AssetMetaStore() {
    }

    static void put(StateDb db, String zone, String id, AssetMetadata m) throws SQLException {
        if (m == null || m.isEmpty()) {
            db.update("DELETE FROM asset_meta WHERE zone = ? AND id = ?", zone, id);
            return;
        }
        GeoLocation l = m.location();
        db.update("INSERT OR REPLACE INTO asset_meta(zone, id, " + COLUMNS + ") VALUES(?,?,?,?,?,?,?,?,?,?)", zone, id, m.title(),
                m.description(), m.keywords().isEmpty() ? null : json(m.keywords()), l == null ? null : l.latitude(),
                l == null ? null : l.longitude(), l == null ? null : l.altitude(), l == null ? null : l.course(), m.orientation());
    }

    /** Metadata from {@link #COLUMNS} starting after column {@code skip}; NONE when the row is absent (all NULL). */
    public static AssetMetadata read(ResultSet rs, int skip) throws SQLException {
        String title = rs.getString(skip + 1);
        String description = rs.getString(skip + 2);
        String keywords = rs.getString(skip + 3);
        double lat = rs.getDouble(skip + 4);
        GeoLocation location = rs.wasNull() ? null
                : new GeoLocation(lat, rs.getDouble(skip + 5), nullable(rs, skip + 6), nullable(rs, skip + 7));
        int orientation = rs.getInt(skip + 8);
        AssetMetadata m = new AssetMetadata(title, description, keywords == null ? List.of() : keywords(keywords), location, orientation);
        return m.isEmpty() ? AssetMetadata.NONE : m;
    }

    public static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String json(List<String> keywords) {
        try {
            return JSON.writeValueAsString(keywords);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> keywords(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
