package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.cdn.DownloadUrls;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.Edit;
import dev.orchard.fake.photos.library.LibraryInfo;
import dev.orchard.fake.photos.library.Master;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Resource;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.fake.photos.library.ZoneRecord;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Renders records as CloudKit JSON (docs/protocol/photos.md §1, §2): the envelope always, fields projected on
 * {@code desiredKeys} (null: all), download URLs fresh with this request's expiry.
 */
final class RecordRenderer {
    private static final String DEVICE_ID = "2";
    private static final long LIVE_DURATION_NANOS = 2_933_333_333L;
    private static final long LIVE_STILL_NANOS = 1_466_666_666L;

    private final String owner;
    private final String cdnOrigin;
    private final long expiresEpochSeconds;
    private final Set<String> desiredKeys;
    private final boolean changeFeed;

    RecordRenderer(String owner, String cdnOrigin, long expiresEpochSeconds, Set<String> desiredKeys, boolean changeFeed) {
        this.owner = owner;
        this.cdnOrigin = cdnOrigin;
        this.expiresEpochSeconds = expiresEpochSeconds;
        this.desiredKeys = desiredKeys;
        this.changeFeed = changeFeed;
    }

    RecordRenderer withKeys(Set<String> keys, boolean feed) {
        return new RecordRenderer(owner, cdnOrigin, expiresEpochSeconds, keys, feed);
    }

    ObjectNode zoneId(Zone z) {
        ObjectNode id = Json.object();
        id.put("zoneName", z.name());
        id.put("ownerRecordName", owner);
        id.put("zoneType", "REGULAR_CUSTOM_ZONE");
        return id;
    }

    ObjectNode render(Zone zone, ZoneRecord r) {
        if (r.tombstone()) {
            ObjectNode o = Json.object();
            o.put("recordName", r.recordName());
            o.putNull("recordType");
            o.put("deleted", true);
            o.put("recordChangeTag", r.changeTag());
            o.set("zoneID", zoneId(zone));
            return o;
        }
        ObjectNode fields = Json.object();
        switch (r) {
            case Master m -> master(zone, m, fields);
            case Asset a -> asset(zone, a, fields);
            case Album a -> album(a, fields);
            case Relation rel -> relation(rel, fields);
            case LibraryInfo info -> {
                num(fields, "photosCount", info.photos());
                num(fields, "videosCount", info.videos());
                num(fields, "albumsCount", info.albums());
            }
            default -> throw new IllegalStateException("no renderer for " + r.recordType());
        }
        ObjectNode o = envelope(zone, r.recordName(), r.recordType(), fields, r.changeTag(), r.created(), r.modified());
        long expires = r instanceof Asset a && a.trashed() ? a.expirationTime()
                : r instanceof Master m && m.trashed() ? m.expirationTime() : 0;
        if (expires > 0) o.put("expirationTime", expires / 1000);
        return o;
    }

    /** A record the fake makes up per request (CheckIndexingState, IndexCountResult). */
    ObjectNode envelope(Zone zone, String name, String type, ObjectNode fields, String tag, long created, long modified) {
        ObjectNode o = Json.object();
        o.put("recordName", name);
        o.put("recordType", type);
        o.set("fields", fields);
        o.putObject("pluginFields");
        o.put("recordChangeTag", tag);
        o.set("created", stamp(created));
        o.set("modified", stamp(modified));
        o.put("deleted", false);
        o.set("zoneID", zoneId(zone));
        return o;
    }

    private ObjectNode stamp(long ms) {
        ObjectNode s = Json.object();
        s.put("timestamp", ms);
        s.put("userRecordName", owner);
        s.put("deviceID", DEVICE_ID);
        return s;
    }

    private void master(Zone zone, Master m, ObjectNode f) {
        if (m.filename() != null) bytes(f, "filenameEnc", m.filename());
        text(f, "itemType", m.format().uti());
        num(f, "dataClassType", m.format().dataClassType());
        num(f, "originalOrientation", m.orientation());
        for (Map.Entry<ResourceRole, Resource> e : m.resources().entrySet()) resource(zone, f, e.getKey().prefix(), e.getValue());
        if (m.trashed()) {
            num(f, "isDeleted", 1);
            num(f, "isExpunged", 0);
            timestamp(f, "dateExpunged", m.dateExpunged());
        }
    }

    private void asset(Zone zone, Asset a, ObjectNode f) {
        if (wants("masterRef")) {
            ObjectNode ref = Json.object();
            ref.put("recordName", a.master().recordName());
            ref.put("action", "DELETE_SELF");
            ref.set("zoneID", zoneId(zone));
            field(f, "masterRef", ref, "REFERENCE");
        }
        timestamp(f, "assetDate", a.assetDate());
        timestamp(f, "addedDate", a.addedDate());
        num(f, "timeZoneOffset", a.timeZoneOffset());
        num(f, "isFavorite", a.favorite() ? 1 : 0);
        num(f, "isHidden", a.hidden() ? 1 : 0);
        if (a.trashed()) {
            num(f, "isDeleted", 1);
            num(f, "isExpunged", 0);
            timestamp(f, "dateExpunged", a.dateExpunged());
        } else if (a.restored() && changeFeed && wants("isDeleted")) {
            f.putObject("isDeleted").putNull("value");
        }
        num(f, "assetSubtype", a.subtype().assetSubtype());
        num(f, "assetSubtypeV2", a.master().live() ? 2 : a.subtype().assetSubtypeV2());
        num(f, "assetHDRType", 0);
        num(f, "orientation", a.master().orientation());
        num(f, "burstFlags", a.burstId() == null ? 0 : 1);
        num(f, "burstFlagsExt", 0);
        if (a.burstId() != null) text(f, "burstId", a.burstId());
        if (a.video()) num(f, "duration", 3000 + Math.floorMod(a.master().original().seed(), 60_000));
        if (a.master().live()) {
            num(f, "vidComplDurValue", LIVE_DURATION_NANOS);
            num(f, "vidComplDurScale", 1_000_000_000L);
            num(f, "vidComplDispValue", LIVE_STILL_NANOS);
            num(f, "vidComplDispScale", 1_000_000_000L);
            num(f, "vidComplVisibilityState", 0);
        }
        if (a.caption() != null) bytes(f, "captionEnc", a.caption());
        if (a.description() != null) bytes(f, "extendedDescEnc", a.description());
        if (!a.keywords().isEmpty() && wants("keywordsEnc")) binary(f, "keywordsEnc", MetadataPlists.keywords(a.keywords()));
        if (a.location() != null && wants("locationEnc")) binary(f, "locationEnc", MetadataPlists.location(a.location()));
        Edit e = a.edit();
        if (e != null) {
            text(f, "adjustmentType", e.adjustmentType());
            num(f, "adjustmentRenderType", 0);
            if (e.rendered() != null) resource(zone, f, e.video() ? "resVidFull" : "resJPEGFull", e.rendered());
            if (e.thumb() != null) resource(zone, f, "resJPEGThumb", e.thumb());
        }
    }

    private void album(Album a, ObjectNode f) {
        if (a.name() != null) bytes(f, "albumNameEnc", a.name());
        num(f, "albumType", a.albumType());
        if (a.parentId() != null) text(f, "parentId", a.parentId());
        num(f, "position", a.position());
        num(f, "sortAscending", 1);
        num(f, "sortType", 0);
        num(f, "sortTypeExt", 0);
        timestamp(f, "recordModificationDate", a.modified());
        if (a.deleted()) num(f, "isDeleted", 1);
        else if (!a.special()) num(f, "isDeleted", 0);
        if (!a.special()) num(f, "isExpunged", 0);
    }

    private void relation(Relation r, ObjectNode f) {
        text(f, "itemId", r.asset().recordName());
        text(f, "containerId", r.album().recordName());
        num(f, "position", r.position());
        num(f, "isKeyAsset", 0);
    }

    private void resource(Zone zone, ObjectNode f, String prefix, Resource r) {
        if (wants(prefix + "Res")) {
            ObjectNode v = Json.object();
            v.put("fileChecksum", r.checksum().base64());
            v.put("size", r.size());
            v.put("wrappingKey", DownloadUrls.wrappingKey(r.checksum()));
            v.put("referenceChecksum", DownloadUrls.referenceChecksum(r.checksum()).base64());
            v.put("downloadURL", DownloadUrls.of(cdnOrigin, r.checksum(), zone.name(), expiresEpochSeconds));
            field(f, prefix + "Res", v, "ASSETID");
        }
        text(f, prefix + "FileType", r.format().uti());
        text(f, prefix + "Fingerprint", r.checksum().base64());
        num(f, prefix + "Width", r.width());
        num(f, prefix + "Height", r.height());
    }

    private boolean wants(String name) {
        return desiredKeys == null || desiredKeys.contains(name);
    }

    private void num(ObjectNode f, String name, long v) {
        if (wants(name)) field(f, name, Json.MAPPER.getNodeFactory().numberNode(v), "INT64");
    }

    private void timestamp(ObjectNode f, String name, long ms) {
        if (wants(name)) field(f, name, Json.MAPPER.getNodeFactory().numberNode(ms), "TIMESTAMP");
    }

    private void text(ObjectNode f, String name, String v) {
        if (wants(name)) field(f, name, Json.MAPPER.getNodeFactory().textNode(v), "STRING");
    }

    /** ENCRYPTED_BYTES: on the web these arrive as plain base64 of the UTF-8 text. */
    private void bytes(ObjectNode f, String name, String utf8) {
        if (wants(name)) {
            String b64 = Base64.getEncoder().encodeToString(utf8.getBytes(StandardCharsets.UTF_8));
            field(f, name, Json.MAPPER.getNodeFactory().textNode(b64), "ENCRYPTED_BYTES");
        }
    }

    private static void binary(ObjectNode f, String name, byte[] value) {
        field(f, name, Json.MAPPER.getNodeFactory().textNode(Base64.getEncoder().encodeToString(value)), "ENCRYPTED_BYTES");
    }

    private static void field(ObjectNode f, String name, com.fasterxml.jackson.databind.JsonNode value, String type) {
        ObjectNode v = f.putObject(name);
        v.set("value", value);
        v.put("type", type);
    }
}
