package dev.orchard.fake.drive.docws;

import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;

/** docws error answers, in the {errorCode, errorReason} style Drive uses for 423. */
final class DocwsErrors {
    private DocwsErrors() {
    }

    static void answer(Exchange ex, int status, Object code, String reason) {
        var body = Json.object();
        if (code instanceof Integer n) body.put("errorCode", n);
        else body.put("errorCode", String.valueOf(code));
        body.put("errorReason", reason);
        ex.json(status, body);
    }

    /** The zone named by the {@code /ws/{zone}/...} path, or null after answering 404 ZONE_NOT_FOUND. */
    static DriveZone zone(Exchange ex, DriveTree tree) {
        DriveZone z = tree.zone(ex.pathParam("zone"));
        if (z == null) answer(ex, 404, "ZONE_NOT_FOUND", "no zone " + ex.pathParam("zone") + " in this account");
        return z;
    }
}
