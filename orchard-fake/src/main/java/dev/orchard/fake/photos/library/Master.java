package dev.orchard.fake.photos.library;

import dev.orchard.fake.photos.content.ContentFormat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A CPLMaster: the original file (and its companions and derivatives); its recordName is the original's checksum. */
public final class Master extends ZoneRecord {
    private final String filename;
    private final ContentFormat format;
    private final int orientation;
    private final Map<ResourceRole, Resource> resources;
    private int liveAssets;
    private int assets;
    private boolean trashed;
    private long dateExpunged;
    private long expirationTime;

    Master(long created, String filename, ContentFormat format, int orientation, Map<ResourceRole, Resource> resources) {
        super(resources.get(ResourceRole.ORIGINAL).checksum().base64(), created);
        this.filename = filename;
        this.format = format;
        this.orientation = orientation;
        this.resources = Collections.unmodifiableMap(new EnumMap<>(resources));
    }

    @Override
    public String recordType() {
        return "CPLMaster";
    }

    /** The original file name; null when the master has no {@code filenameEnc}. */
    public String filename() { return filename; }
    public ContentFormat format() { return format; }
    public int orientation() { return orientation; }
    public Map<ResourceRole, Resource> resources() { return resources; }
    public Resource original() { return resources.get(ResourceRole.ORIGINAL); }
    public boolean live() { return resources.containsKey(ResourceRole.ORIGINAL_VID_COMPL); }
    /** Mirrors the trash state of its assets: set while every asset using it is in Recently Deleted. */
    public boolean trashed() { return trashed; }

    /** While trashed: the expiry of the last of its assets that went to Recently Deleted (Apple shows it on both). */
    public long dateExpunged() { return dateExpunged; }
    public long expirationTime() { return expirationTime; }

    /** Goes to Recently Deleted with {@code last}, the last of its assets to go there. */
    void trashedWith(Asset last) {
        trashed = true;
        dateExpunged = last.dateExpunged();
        expirationTime = last.expirationTime();
    }

    void untrashed() {
        trashed = false;
        dateExpunged = 0;
        expirationTime = 0;
    }
    int liveAssets() { return liveAssets; }
    /** Assets (trashed or not) that use this master. */
    int assets() { return assets; }
    void assets(int n) { assets = n; }
    void liveAssets(int n) { liveAssets = n; }
}
