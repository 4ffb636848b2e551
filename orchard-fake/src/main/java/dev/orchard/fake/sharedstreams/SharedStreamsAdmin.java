package dev.orchard.fake.sharedstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.BadRequest;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Handler;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.util.NoSuchElementException;

/**
 * Admin routes under {@code /_fake/sharedstreams}: list; {@code POST albums} {@code {"name","public","owner":
 * "me"|"friend"}}; {@code POST albums/{guid}/items} {@code {"filename","size","caption","contributor"}};
 * {@code DELETE albums/{guid}/items/{item}}; {@code DELETE albums/{guid}}; {@code POST albums/{guid}/subscribers}
 * {@code {"dsid"}} and {@code DELETE albums/{guid}/subscribers/{dsid}}; {@code POST demo} seeds the demo albums.
 * The account is the demo one unless {@code ?account=APPLE_ID}.
 */
final class SharedStreamsAdmin {
    private final ServiceContext context;
    private final SharedStreams streams;

    SharedStreamsAdmin(ServiceContext context, SharedStreams streams) {
        this.context = context;
        this.streams = streams;
    }

    void register(Router r) {
        r.get("/_fake/sharedstreams", guarded(ex -> ex.json(list())));
        r.post("/_fake/sharedstreams/demo", guarded(ex -> {
            SharedStreamsDemo.seed(streams, account(ex));
            ex.json(list());
        }));
        r.post("/_fake/sharedstreams/albums", guarded(this::createAlbum));
        r.delete("/_fake/sharedstreams/albums/{guid}", guarded(ex -> {
            if (!streams.removeAlbum(ex.pathParam("guid"))) throw new NoSuchElementException("no such album");
            ex.noContent();
        }));
        r.post("/_fake/sharedstreams/albums/{guid}/items", guarded(this::addItem));
        r.delete("/_fake/sharedstreams/albums/{guid}/items/{item}", guarded(ex -> {
            if (!album(ex).remove(ex.pathParam("item"))) throw new NoSuchElementException("no such item");
            ex.noContent();
        }));
        r.post("/_fake/sharedstreams/albums/{guid}/subscribers", guarded(ex -> {
            String dsid = Json.text(ex.json(), "dsid");
            album(ex).subscribe(dsid == null ? account(ex).dsid() : dsid);
            ex.noContent();
        }));
        r.delete("/_fake/sharedstreams/albums/{guid}/subscribers/{dsid}", guarded(ex -> {
            if (!album(ex).unsubscribe(ex.pathParam("dsid"))) throw new NoSuchElementException("no such subscriber");
            ex.noContent();
        }));
    }

    private void createAlbum(Exchange ex) {
        JsonNode b = ex.json();
        String name = Json.text(b, "name");
        if (name == null) throw new IllegalArgumentException("name is required");
        boolean pub = b.path("public").asBoolean(false);
        FakeAccount me = account(ex);
        boolean friend = "friend".equals(Json.text(b, "owner"));
        SharedAlbum a = friend ? streams.createAlbum(SharedStreamsDemo.FRIEND, name, pub) : streams.createAlbum(me, name, pub);
        if (friend) a.subscribe(me.dsid());
        ex.json(describe(a));
    }

    private void addItem(Exchange ex) {
        JsonNode b = ex.json();
        String filename = Json.text(b, "filename");
        if (filename == null) throw new IllegalArgumentException("filename is required");
        int size = b.path("size").asInt(30_000);
        if (size < 1024 || size > 50_000_000) throw new IllegalArgumentException("size must be 1024 to 50000000 bytes");
        SharedItem.Person who = "me".equals(Json.text(b, "contributor"))
                ? new SharedItem.Person(account(ex).dsid(), "Demo", "User") : SharedStreamsDemo.FRIEND;
        SharedItem item = streams.addItem(album(ex), filename, size, who, Json.text(b, "caption"));
        ObjectNode out = Json.object();
        out.put("guid", item.guid());
        out.put("size", item.full().length);
        ex.json(out);
    }

    private ObjectNode list() {
        ObjectNode out = Json.object();
        ArrayNode albums = out.putArray("albums");
        streams.all().forEach(a -> albums.add(describe(a)));
        return out;
    }

    private static ObjectNode describe(SharedAlbum a) {
        ObjectNode o = Json.object();
        o.put("guid", a.guid());
        o.put("name", a.name());
        o.put("ownerdsid", a.owner().dsid());
        o.put("public", a.isPublic());
        if (a.isPublic()) o.put("link", SharedStreams.publicLink(a));
        o.put("ctag", a.ctag());
        ArrayNode items = o.putArray("items");
        a.items().forEach(i -> items.addObject().put("guid", i.guid()).put("filename", i.filename()).put("size", i.full().length));
        ArrayNode subs = o.putArray("subscribers");
        a.subscribers().forEach(subs::add);
        return o;
    }

    private SharedAlbum album(Exchange ex) {
        return streams.album(ex.pathParam("guid"));
    }

    private FakeAccount account(Exchange ex) {
        String id = ex.query("account");
        return id == null ? context.accounts().defaultAccount() : context.accounts().require(id);
    }

    private static Handler guarded(Handler h) {
        return ex -> {
            try {
                h.handle(ex);
            } catch (NoSuchElementException e) {
                ex.text(404, "text/plain", e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        };
    }
}
