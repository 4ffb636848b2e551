package dev.orchard.fake.sharedstreams;

import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.context.ServiceContext;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.content.SyntheticContent;
import dev.orchard.fake.photos.library.Ids;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The legacy "shared streams" service (Shared Albums): albums owned by or shared with the fake's accounts,
 * the signed-in endpoints ({@code webgetalbumslist}, {@code webgetassets}, {@code webgetassetcount}), public
 * links that need no sign-in ({@code webstream}, {@code webasseturls}), expiring download URLs under
 * {@code /S/}, and admin routes under {@code /_fake/sharedstreams}. See docs/protocol/shared-albums.md.
 */
public final class SharedStreams {
    private final ServiceContext context;
    /** In creation order, which is the order the album list gives. */
    private final Map<String, SharedAlbum> albums = new LinkedHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private volatile Duration urlTtl = Duration.ofHours(1);

    public SharedStreams(ServiceContext context) {
        this.context = context;
    }

    public void register(Router router) {
        new StreamRoutes(context, this).register(router);
        new PublicStreamRoutes(context, this).register(router);
        new StreamContent(context, this).register(router);
        new SharedStreamsAdmin(context, this).register(router);
    }

    /** How long a download URL stays valid on the fake's clock. */
    public Duration urlTtl() { return urlTtl; }
    public void urlTtl(Duration ttl) { urlTtl = ttl; }

    /** A new album owned by {@code owner}; public albums get a link token. */
    public SharedAlbum createAlbum(FakeAccount owner, String name, boolean isPublic) {
        return createAlbum(new SharedItem.Person(owner.dsid(), "Demo", "User"), name, isPublic);
    }

    /** A new album owned by someone who is not one of the fake's accounts (a friend sharing with us). */
    public SharedAlbum createAlbum(SharedItem.Person owner, String name, boolean isPublic) {
        long n = counter.incrementAndGet();
        String guid = Ids.uuid(context.seed() ^ (n * 0x9E3779B97F4A7C15L));
        String token = "B0" + Long.toString(Math.abs((context.seed() + n) * 0x5DEECE66DL), 36)
                + Long.toString(n, 36);
        SharedAlbum a = new SharedAlbum(guid, name, owner, context.clock().millis(), isPublic, token);
        synchronized (albums) {
            albums.put(guid, a);
        }
        return a;
    }

    /** Adds a generated JPEG (or, for a .mov/.mp4 name, a video) of about {@code size} bytes. */
    public SharedItem addItem(SharedAlbum album, String filename, int size, SharedItem.Person contributor, String caption) {
        long n = counter.incrementAndGet();
        long seed = context.seed() * 31 + n;
        String lower = filename.toLowerCase(java.util.Locale.ROOT);
        ContentFormat format = lower.endsWith(".mov") ? ContentFormat.MOV : lower.endsWith(".mp4") ? ContentFormat.MP4
                : ContentFormat.JPEG;
        byte[] full = bytes(SyntheticContent.blob(format, size, seed, 2048, 1536));
        byte[] medium = bytes(SyntheticContent.blob(ContentFormat.JPEG, Math.max(2048, size / 8), seed + 1, 640, 480));
        SharedItem item = new SharedItem(Ids.uuid(seed), Ids.uuid(seed ^ 0xBA7C4L), filename, format.uti(), full, medium,
                2048, 1536, context.clock().millis() - n * 3_600_000L, contributor, caption);
        album.add(item);
        return item;
    }

    public SharedAlbum album(String guid) {
        SharedAlbum a = find(guid);
        if (a == null) throw new NoSuchElementException("no shared album " + guid);
        return a;
    }

    public SharedAlbum find(String guid) {
        if (guid == null) return null;
        synchronized (albums) {
            return albums.get(guid);
        }
    }

    /** The public album whose link carries {@code token}, or null (also when the album is no longer public). */
    public SharedAlbum byPublicToken(String token) {
        for (SharedAlbum a : all()) {
            if (a.publicToken().equals(token) && a.isPublic()) return a;
        }
        return null;
    }

    public boolean removeAlbum(String guid) {
        synchronized (albums) {
            return albums.remove(guid) != null;
        }
    }

    /** Albums {@code dsid} owns or subscribes to, oldest first. */
    public List<SharedAlbum> visibleTo(String dsid) {
        return all().stream().filter(a -> a.visibleTo(dsid)).toList();
    }

    /** Every album, oldest first. */
    public List<SharedAlbum> all() {
        synchronized (albums) {
            return new ArrayList<>(albums.values());
        }
    }

    /** The public link of an album as Apple shows it. */
    public static String publicLink(SharedAlbum a) {
        return "https://www.icloud.com/sharedalbum/#" + a.publicToken();
    }

    private static byte[] bytes(Blob blob) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) blob.length());
        try {
            blob.write(out, 0, blob.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
