package dev.orchard.fake.photos.cloudkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.WebSession;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.PublicUrls;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.FakePhotos;
import dev.orchard.fake.photos.library.PhotoLibrary;

import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The photos container's CloudKit endpoints under
 * {@code /database/1/com.apple.photos.cloud/production/{private|shared}/}. Every call needs a web session
 * (421 otherwise); an account with Advanced Data Protection needs the session's PCS grant for Photos.
 */
public final class CloudKitApi {
    public static final String BASE = "/database/1/com.apple.photos.cloud/production/{db}";

    private final ServiceContext context;
    private final FakePhotos photos;
    private final QueryHandler queries = new QueryHandler();
    private final ModifyHandler modify = new ModifyHandler();
    private final ZoneChangesHandler changes = new ZoneChangesHandler();
    private static final Consumer<PhotoLibrary> NO_HOOK = lib -> { };

    public CloudKitApi(ServiceContext context, FakePhotos photos) {
        this.context = context;
        this.photos = photos;
    }

    public void register(Router r) {
        r.post(BASE + "/records/query", ex -> read(ex, queries::query));
        r.post(BASE + "/internal/records/query/batch", ex -> read(ex, queries::batch));
        r.post(BASE + "/records/lookup", ex -> handle(ex, queries::lookup, false, NO_HOOK, photos.hooks()::lookupDone));
        r.post(BASE + "/records/modify", ex -> handle(ex, modify::modify, true, photos.hooks()::modifyComing, NO_HOOK));
        r.post(BASE + "/zones/list", ex -> read(ex, (rq, body) -> changes.zonesList(rq)));
        r.post(BASE + "/changes/database", ex -> read(ex, changes::databaseChanges));
        r.post(BASE + "/changes/zone", ex -> read(ex, changes::zoneChanges));
    }

    private void read(Exchange ex, BiFunction<CkRequest, JsonNode, ObjectNode> handler) {
        handle(ex, handler, false, NO_HOOK, NO_HOOK);
    }

    private void handle(Exchange ex, BiFunction<CkRequest, JsonNode, ObjectNode> handler, boolean writes,
                        Consumer<PhotoLibrary> before, Consumer<PhotoLibrary> after) {
        WebSession session = context.sessions().require(ex);
        if (session == null) return;
        try {
            if (!session.account().webAccessAllowed() || (session.account().adp() && !session.hasPcs("photos"))) {
                throw new CkError("ACCESS_DENIED", "private db access disabled for this account", 403);
            }
            Database db = Database.of(ex.pathParam("db"));
            JsonNode body = body(ex);
            PhotoLibrary lib = photos.library(session.account());
            lib.purgeExpired();
            before.accept(lib);
            long expires = context.clock().instant().plus(photos.settings().urlTtl()).getEpochSecond();
            RecordRenderer renderer = new RecordRenderer(lib.ownerRecordName(), PublicUrls.cdn(ex), expires,
                    CkRequest.desiredKeys(body), false);
            CkRequest rq = new CkRequest(ex, lib, db, body, photos.settings(), renderer);
            ObjectNode out = writes ? lib.write(() -> handler.apply(rq, body)) : lib.read(() -> handler.apply(rq, body));
            after.accept(lib);
            ex.json(200, out);
        } catch (CkError e) {
            ex.json(e.httpStatus(), e.body());
        }
    }

    private static JsonNode body(Exchange ex) {
        try {
            JsonNode b = ex.json();
            if (b instanceof NullNode) return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            if (!b.isObject()) throw CkError.badRequest("request body must be a JSON object");
            return b;
        } catch (BadRequest e) {
            throw CkError.badRequest("request body is not JSON");
        }
    }
}
