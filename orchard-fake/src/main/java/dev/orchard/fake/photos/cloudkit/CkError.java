package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.http.Json;

import java.util.UUID;

/** A CloudKit error: a {@code serverErrorCode} with a reason, at top level (with an HTTP status) or per record/zone. */
public final class CkError extends RuntimeException {
    private final String code;
    private final int httpStatus;

    public CkError(String code, String reason, int httpStatus) {
        super(reason);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public static CkError badRequest(String reason) {
        return new CkError("BAD_REQUEST", reason, 400);
    }

    public static CkError zoneNotFound(String zoneName) {
        return new CkError("ZONE_NOT_FOUND", "Zone '" + zoneName + "' does not exist", 404);
    }

    public static CkError notFound(String reason) {
        return new CkError("NOT_FOUND", reason, 404);
    }

    public static CkError conflict(String reason) {
        return new CkError("CONFLICT", reason, 409);
    }

    public String code() { return code; }
    public int httpStatus() { return httpStatus; }

    /** The top-level error body Apple sends. */
    public ObjectNode body() {
        ObjectNode o = Json.object();
        o.put("uuid", UUID.randomUUID().toString());
        o.put("serverErrorCode", code);
        o.put("reason", getMessage());
        return o;
    }

    /** The per-record error entry of {@code records[]}. */
    public ObjectNode recordError(String recordName) {
        ObjectNode o = Json.object();
        if (recordName != null) o.put("recordName", recordName);
        o.put("reason", getMessage());
        o.put("serverErrorCode", code);
        return o;
    }
}
