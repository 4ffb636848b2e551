package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.ContentFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to add one asset. Unset fields get defaults from the library: a fresh id and content
 * seed, "now" for the dates, a name like {@code IMG_0042.JPG}. Fluent setters; not thread-safe.
 */
public final class AssetSpec {
    AssetKind kind = AssetKind.PHOTO;
    ContentFormat format;
    String id;
    boolean sharedLibrary;
    String filename;
    boolean noFilename;
    Long assetDate;
    Long addedDate;
    int timeZoneOffset;
    boolean favorite;
    boolean hidden;
    boolean trashed;
    boolean edited;
    Subtype subtype = Subtype.PLAIN;
    String burstId;
    String caption;
    String description;
    List<String> keywords = List.of();
    Location location;
    String sameMasterAs;
    Long seed;
    long originalBytes;
    int orientation = 1;
    final List<String> albums = new ArrayList<>();

    public static AssetSpec of(AssetKind kind) {
        return new AssetSpec().kind(kind);
    }

    public AssetSpec kind(AssetKind k) { kind = k; return this; }
    /** The original's format, where the kind allows a choice (photo: jpeg/heic/png; video: mov/mp4; live: heic/jpeg; raw: jpeg/dng). */
    public AssetSpec format(ContentFormat f) { format = f; return this; }
    /** The CPLAsset recordName (an upper-case UUID by default). */
    public AssetSpec id(String i) { id = i; return this; }
    /** Put the asset in the shared library zone instead of PrimarySync. */
    public AssetSpec sharedLibrary(boolean s) { sharedLibrary = s; return this; }
    public AssetSpec filename(String f) { filename = f; noFilename = false; return this; }
    /** Leave {@code filenameEnc} off the master. */
    public AssetSpec noFilename() { filename = null; noFilename = true; return this; }
    public AssetSpec assetDate(long ms) { assetDate = ms; return this; }
    public AssetSpec addedDate(long ms) { addedDate = ms; return this; }
    public AssetSpec timeZoneOffset(int seconds) { timeZoneOffset = seconds; return this; }
    public AssetSpec favorite(boolean f) { favorite = f; return this; }
    public AssetSpec hidden(boolean h) { hidden = h; return this; }
    /** Starts in Recently Deleted. */
    public AssetSpec trashed(boolean t) { trashed = t; return this; }
    /** Has a rendered edit ({@code resJPEGFull} or {@code resVidFull} on the asset). */
    public AssetSpec edited(boolean e) { edited = e; return this; }
    public AssetSpec subtype(Subtype s) { subtype = s; return this; }
    public AssetSpec burstId(String b) { burstId = b; return this; }
    public AssetSpec caption(String c) { caption = c; return this; }
    /** The long description ({@code extendedDescEnc}). */
    public AssetSpec description(String d) { description = d; return this; }
    /** Keywords ({@code keywordsEnc}, a binary plist array). */
    public AssetSpec keywords(List<String> k) { keywords = List.copyOf(k); return this; }
    /** Where it was taken ({@code locationEnc}, a binary plist dictionary); null: nowhere known. */
    public AssetSpec location(Location l) { location = l; return this; }
    /** Share the master (same original file) of this existing asset instead of making a new one. */
    public AssetSpec sameMasterAs(String assetId) { sameMasterAs = assetId; return this; }
    /** Content seed: the same seed, kind, format and size give the same bytes (and checksum). */
    public AssetSpec seed(long s) { seed = s; return this; }
    /** Target size of the original in bytes (0: the library's default). */
    public AssetSpec originalBytes(long b) {
        if (b < 0) throw new IllegalArgumentException("size must be >= 0 bytes");
        originalBytes = b;
        return this;
    }
    public AssetSpec orientation(int o) {
        if (o < 1 || o > 8) throw new IllegalArgumentException("orientation is an EXIF value 1-8, got " + o);
        orientation = o;
        return this;
    }
    /** Albums (recordNames) to add the asset to. */
    public AssetSpec inAlbum(String albumId) { albums.add(albumId); return this; }

    public AssetKind kind() { return kind; }
    public String id() { return id; }
    public Long seed() { return seed; }
    public Long assetDate() { return assetDate; }
    public boolean isSharedLibrary() { return sharedLibrary; }
    public List<String> albums() { return List.copyOf(albums); }
}
