package dev.orchard.icloud.photos.changes;

import dev.orchard.icloud.photos.cloudkit.PhotoZone;

import java.util.List;

/** What {@code changes/database} said: the zones that changed since the token, and the token to use next. */
public record DatabaseChanges(String syncToken, List<PhotoZone> changedZones, List<PhotoZone> deletedZones) {
}
