package dev.orchard.fake.photos.cloudkit;

import dev.orchard.fake.photos.PhotosSettings.SharedZoneListing;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;

import java.util.ArrayList;
import java.util.List;

/** The {@code private} or {@code shared} database of the photos container. */
enum Database {
    PRIVATE, SHARED;

    static Database of(String pathSegment) {
        return switch (pathSegment) {
            case "private" -> PRIVATE;
            case "shared" -> SHARED;
            default -> throw CkError.badRequest("Unknown database type: " + pathSegment);
        };
    }

    /** The zones this database's zone lists show. */
    List<Zone> listedZones(PhotoLibrary lib, SharedZoneListing listing) {
        List<Zone> zones = new ArrayList<>();
        if (this == PRIVATE) zones.add(lib.primary());
        Zone shared = lib.sharedZone();
        if (shared != null && (listing == SharedZoneListing.BOTH
                || listing == (this == PRIVATE ? SharedZoneListing.PRIVATE : SharedZoneListing.SHARED))) {
            zones.add(shared);
        }
        return zones;
    }

    /** The zone a request names: PrimarySync only in private; the shared-library zone through either database. */
    Zone resolve(PhotoLibrary lib, String zoneName) {
        Zone z = zoneName == null ? null : lib.zone(zoneName);
        if (z == null || (this == SHARED && !z.sharedLibrary())) {
            throw CkError.zoneNotFound(zoneName == null ? "_defaultZone" : zoneName);
        }
        return z;
    }
}
