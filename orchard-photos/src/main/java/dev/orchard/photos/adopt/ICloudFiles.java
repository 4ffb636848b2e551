package dev.orchard.photos.adopt;

import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.state.StateDb;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the library's state knows of iCloud's files, asked by content: which versions of which assets have a given
 * {@code fileChecksum}, and whether any file of a given size exists at all (so most files that cannot match are
 * never read).
 */
final class ICloudFiles {
    /** One version of one asset. */
    record Version(String zone, String assetId, ResourceRole role, long size, long assetDate, long row) {
    }

    private final StateDb db;
    private final long[] sizes;
    private final boolean anySize;

    private ICloudFiles(StateDb db, long[] sizes, boolean anySize) {
        this.db = db;
        this.sizes = sizes;
        this.anySize = anySize;
    }

    static ICloudFiles of(StateDb db) {
        return db.tx(d -> {
            List<Long> all = d.query("SELECT DISTINCT size FROM resources", rs -> rs.getObject(1) == null ? -1L : rs.getLong(1));
            long[] sizes = all.stream().mapToLong(Long::longValue).sorted().toArray();
            boolean unknown = sizes.length > 0 && sizes[0] < 0;
            return new ICloudFiles(d, sizes, unknown);
        });
    }

    /** Whether a file of this size could be one of iCloud's (sizes iCloud did not give match anything). */
    boolean mayHold(long size) {
        return anySize || Arrays.binarySearch(sizes, size) >= 0;
    }

    /** The versions with this checksum, master resources expanded to every asset of the master; oldest capture first. */
    List<Version> withChecksum(String checksum) {
        return db.tx(d -> {
            List<Version> out = new ArrayList<>();
            List<Object[]> rows = d.query("SELECT zone, owner, role, size FROM resources WHERE checksum = ?",
                    rs -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)}, checksum);
            for (Object[] r : rows) {
                ResourceRole role;
                try {
                    role = ResourceRole.valueOf((String) r[2]);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                String zone = (String) r[0];
                String which = role.onAsset() ? "id" : "master_id";
                for (Object[] a : d.query("SELECT id, asset_date, rowid FROM assets WHERE zone = ? AND " + which + " = ?"
                        + " ORDER BY asset_date, rowid", rs -> new Object[]{rs.getString(1), rs.getLong(2), rs.getLong(3)}, zone, r[1])) {
                    out.add(new Version(zone, (String) a[0], role, (Long) r[3], (Long) a[1], (Long) a[2]));
                }
            }
            out.sort(java.util.Comparator.comparingLong(Version::assetDate).thenComparingLong(Version::row));
            return out;
        });
    }
}
