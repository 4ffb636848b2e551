package dev.orchard.photos.state;

import dev.orchard.icloud.photos.cloudkit.PhotoZone;

import java.sql.SQLException;
import java.util.List;

/** The zones this library follows and each one's change-feed token. Database tokens live in meta. */
public final class ZoneStore {
    private final StateDb db;

    public ZoneStore(StateDb db) {
        this.db = db;
    }

    public List<PhotoZone> all() throws SQLException {
        return db.query("SELECT database, zone, owner, zone_type FROM zones ORDER BY zone",
                rs -> new PhotoZone(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public void put(PhotoZone z) throws SQLException {
        db.update("INSERT INTO zones(zone, database, owner, zone_type) VALUES(?,?,?,?) ON CONFLICT(zone) DO UPDATE SET"
                + " database = excluded.database, owner = excluded.owner, zone_type = excluded.zone_type",
                z.zoneName(), z.database(), z.ownerRecordName(), z.zoneType());
    }

    public void remove(String zone) throws SQLException {
        db.update("DELETE FROM zones WHERE zone = ?", zone);
    }

    public String token(String zone) throws SQLException {
        return db.one("SELECT sync_token FROM zones WHERE zone = ?", rs -> rs.getString(1), zone);
    }

    public void setToken(String zone, String token) throws SQLException {
        db.update("UPDATE zones SET sync_token = ? WHERE zone = ?", token, zone);
    }

    public boolean hiddenListed(String zone) throws SQLException {
        return db.count("SELECT hidden_listed FROM zones WHERE zone = ?", zone) == 1;
    }

    public void setHiddenListed(String zone, boolean on) throws SQLException {
        db.update("UPDATE zones SET hidden_listed = ? WHERE zone = ?", on, zone);
    }

    public static String databaseTokenKey(String database) {
        return "db-token:" + database;
    }
}
