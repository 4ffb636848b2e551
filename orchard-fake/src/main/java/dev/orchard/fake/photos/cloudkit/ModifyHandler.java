package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.LibraryException;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Relation;
import dev.orchard.fake.photos.library.Zone;
import dev.orchard.fake.photos.library.ZoneRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code records/modify} (docs/protocol/photos.md §8): trash, restore, favourite and hide assets; create, rename, move and
 * delete albums; add and remove album members; hard deletes. All operations are checked before any is
 * applied, so an {@code atomic} request that has a bad operation changes nothing.
 */
final class ModifyHandler {
    private static final Set<String> UPDATES = Set.of("update", "forceUpdate", "replace", "forceReplace");
    private static final Set<String> DELETES = Set.of("delete", "forceDelete");

    private record Op(String type, String recordName, String recordType, String tag, JsonNode fields) {
        boolean forced() {
            return type.startsWith("force");
        }
    }

    ObjectNode modify(CkRequest rq, JsonNode body) {
        String failure = rq.settings().takeModifyFailure();
        if (failure != null) throw new CkError(failure, FaultKind.CAS_OP_LOCK_REASON, 200);
        Zone zone = rq.zone(body);
        JsonNode operations = body.get("operations");
        if (operations == null || !operations.isArray()) throw CkError.badRequest("body needs an \"operations\" array");
        List<Op> ops = new ArrayList<>();
        for (JsonNode o : operations) ops.add(parse(o, rq.library()));
        boolean atomic = body.path("atomic").asBoolean(false);

        List<CkError> errors = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (Op op : ops) errors.add(check(rq, zone, op, created));
        boolean anyError = errors.stream().anyMatch(e -> e != null);

        ObjectNode out = Json.object();
        ArrayNode records = out.putArray("records");
        if (atomic && anyError) {
            for (int i = 0; i < ops.size(); i++) {
                CkError e = errors.get(i) != null ? errors.get(i) : new CkError("ATOMIC_ERROR", "Atomic failure", 400);
                records.add(e.recordError(ops.get(i).recordName()));
            }
            return rq.withToken(out, zone);
        }
        RecordRenderer render = rq.renderer();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (errors.get(i) != null) {
                records.add(errors.get(i).recordError(op.recordName()));
                continue;
            }
            try {
                records.add(apply(rq, zone, op, render));
            } catch (LibraryException e) {
                records.add(toCk(e).recordError(op.recordName()));
            }
        }
        return rq.withToken(out, zone);
    }

    private static Op parse(JsonNode o, PhotoLibrary lib) {
        String type = o.path("operationType").asText("");
        JsonNode rec = o.path("record");
        String name = rec.path("recordName").asText(null);
        if (name == null && type.equals("create")) name = dev.orchard.fake.photos.library.Ids.uuid(lib.now() ^ o.hashCode());
        return new Op(type, name, rec.path("recordType").asText(null), rec.path("recordChangeTag").asText(null), rec.path("fields"));
    }

    /** Why {@code op} cannot be applied, or null. */
    private CkError check(CkRequest rq, Zone zone, Op op, Set<String> created) {
        if (op.recordName() == null) return CkError.badRequest("record needs a recordName");
        if (op.type().equals("create")) {
            if (zone.find(op.recordName()) != null || created.contains(op.recordName())) {
                return CkError.conflict("record to insert already exists");
            }
            CkError e = checkCreate(zone, op, created);
            if (e == null) created.add(op.recordName());
            return e;
        }
        if (!UPDATES.contains(op.type()) && !DELETES.contains(op.type())) {
            return CkError.badRequest("Unknown operationType: " + op.type());
        }
        ZoneRecord r = zone.find(op.recordName());
        if (r == null) return CkError.notFound("Record not found");
        if (rq.settings().strictChangeTags() && !op.forced() && !r.changeTag().equals(op.tag())) {
            return CkError.conflict("client oplock error updating record");
        }
        if (UPDATES.contains(op.type()) && r instanceof Album a) {
            if (a.special()) return CkError.badRequest("the special folder " + a.recordName() + " cannot be changed");
            if (op.fields().has("parentId")) return checkParent(zone, parentOf(op), created);
        }
        return null;
    }

    private static CkError checkCreate(Zone zone, Op op, Set<String> created) {
        switch (String.valueOf(op.recordType())) {
            case "CPLAlbum" -> {
                if (text(op.fields(), "albumNameEnc") == null) return CkError.badRequest("an album needs albumNameEnc");
                if (zone.sharedLibrary()) return CkError.badRequest("albums live only in PrimarySync");
                return checkParent(zone, parentOf(op), created);
            }
            case "CPLContainerRelation" -> {
                String item = text(op.fields(), "itemId");
                String container = text(op.fields(), "containerId");
                if (item == null || container == null) return CkError.badRequest("a relation needs itemId and containerId");
                if (!op.recordName().equals(Relation.name(item, container))) {
                    return CkError.badRequest("a relation's recordName must be <itemId>-IN-<containerId>");
                }
                if (!(zone.find(item) instanceof Asset)) return reference("no asset " + item);
                boolean albumNew = created.contains(container);
                if (!albumNew && !(zone.find(container) instanceof Album a && !a.deleted() && !a.folder())) {
                    return reference("no album " + container);
                }
                return null;
            }
            default -> {
                return CkError.badRequest("the fake iCloud cannot create " + op.recordType() + " records");
            }
        }
    }

    private static CkError checkParent(Zone zone, String parent, Set<String> created) {
        if (parent == null || created.contains(parent)) return null;
        if (zone.find(parent) instanceof Album p && p.folder() && !p.deleted()) return null;
        return reference("no folder " + parent);
    }

    private static CkError reference(String reason) {
        return new CkError("VALIDATING_REFERENCE_ERROR", reason, 412);
    }

    private ObjectNode apply(CkRequest rq, Zone zone, Op op, RecordRenderer render) {
        PhotoLibrary lib = rq.library();
        if (DELETES.contains(op.type())) {
            lib.destroy(zone, zone.find(op.recordName()));
            ObjectNode o = Json.object();
            o.put("recordName", op.recordName());
            o.put("deleted", true);
            return o;
        }
        ZoneRecord result;
        if (op.type().equals("create")) {
            result = create(lib, zone, op);
        } else {
            result = update(lib, zone, zone.find(op.recordName()), op.fields());
        }
        return render.render(zone, result);
    }

    private static ZoneRecord create(PhotoLibrary lib, Zone zone, Op op) {
        JsonNode f = op.fields();
        if ("CPLAlbum".equals(op.recordType())) {
            JsonNode type = f.path("albumType").path("value");
            JsonNode pos = f.path("position").path("value");
            return lib.createAlbum(zone, op.recordName(), decodeName(text(f, "albumNameEnc")),
                    type.canConvertToInt() ? type.asInt() : Album.ALBUM, parentOf(op),
                    pos.canConvertToLong() ? pos.asLong() : null);
        }
        Asset a = lib.requireAsset(zone, text(f, "itemId"));
        return lib.addToAlbum(zone, a, lib.requireAlbum(zone, text(f, "containerId")), lib.now());
    }

    private static ZoneRecord update(PhotoLibrary lib, Zone zone, ZoneRecord r, JsonNode f) {
        boolean changed = false;
        if (r instanceof Asset a) {
            if (f.has("isDeleted")) {
                if (f.path("isDeleted").path("value").asInt(0) == 1) lib.trash(zone, a);
                else lib.restore(zone, a);
                changed = true;
            }
            if (f.has("isFavorite")) {
                lib.favorite(zone, a, f.path("isFavorite").path("value").asInt(0) == 1);
                changed = true;
            }
            if (f.has("isHidden")) {
                lib.hide(zone, a, f.path("isHidden").path("value").asInt(0) == 1);
                changed = true;
            }
        } else if (r instanceof Album a) {
            if (f.has("albumNameEnc")) {
                lib.renameAlbum(zone, a, decodeName(text(f, "albumNameEnc")));
                changed = true;
            }
            if (f.has("parentId")) {
                lib.moveAlbum(zone, a, parentOf(f));
                changed = true;
            }
            if (f.path("isDeleted").path("value").asInt(0) == 1) {
                lib.deleteAlbum(zone, a);
                changed = true;
            }
        }
        if (!changed) lib.touch(zone, r);
        return r;
    }

    private static String parentOf(Op op) {
        return parentOf(op.fields());
    }

    /** A parentId naming the root folder, or empty, means the top level. */
    private static String parentOf(JsonNode fields) {
        String p = text(fields, "parentId");
        return p == null || p.isEmpty() || p.equals(Album.ROOT_FOLDER) ? null : p;
    }

    private static String text(JsonNode fields, String name) {
        JsonNode v = fields.path(name).path("value");
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    /** albumNameEnc is base64 of UTF-8; a client sending plain text still gets its name. */
    private static String decodeName(String enc) {
        try {
            return new String(Base64.getDecoder().decode(enc), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return enc;
        }
    }

    static CkError toCk(LibraryException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> CkError.notFound(e.getMessage());
            case EXISTS -> CkError.conflict(e.getMessage());
            case INVALID -> CkError.badRequest(e.getMessage());
        };
    }
}
