package dev.orchard.fake.photos.library;

import java.util.ArrayList;
import java.util.List;

/** A CPLAsset: the library entry that points at a master and carries dates, flags and edits. */
public final class Asset extends ZoneRecord {
    private final Master master;
    private final long assetDate;
    private final long addedDate;
    private final int timeZoneOffset;
    private final Subtype subtype;
    private final String burstId;
    private String caption;
    private String description;
    private List<String> keywords = List.of();
    private Location location;
    private boolean favorite;
    private boolean hidden;
    private boolean trashed;
    private boolean restored;
    private long dateExpunged;
    private long expirationTime;
    private Edit edit;
    private int edits;
    private final List<Relation> memberships = new ArrayList<>();

    Asset(String recordName, long created, Master master, long assetDate, long addedDate, int timeZoneOffset,
          Subtype subtype, String burstId, String caption) {
        super(recordName, created);
        this.master = master;
        this.assetDate = assetDate;
        this.addedDate = addedDate;
        this.timeZoneOffset = timeZoneOffset;
        this.subtype = subtype;
        this.burstId = burstId;
        this.caption = caption;
    }

    @Override
    public String recordType() {
        return "CPLAsset";
    }

    public Master master() { return master; }
    public long assetDate() { return assetDate; }
    public long addedDate() { return addedDate; }
    public int timeZoneOffset() { return timeZoneOffset; }
    public Subtype subtype() { return subtype; }
    public String burstId() { return burstId; }
    public String caption() { return caption; }
    public String description() { return description; }
    public List<String> keywords() { return keywords; }
    public Location location() { return location; }
    public boolean favorite() { return favorite; }
    public boolean hidden() { return hidden; }
    /** In Recently Deleted (isDeleted = 1). */
    public boolean trashed() { return trashed; }
    /** Was restored from Recently Deleted: change feeds report {@code isDeleted: null}. */
    public boolean restored() { return restored; }
    public long dateExpunged() { return dateExpunged; }
    /** While trashed: when the record itself expires (Apple's envelope {@code expirationTime}), epoch ms. */
    public long expirationTime() { return expirationTime; }
    public Edit edit() { return edit; }
    int edits() { return edits; }
    public boolean video() { return master.format().video(); }
    public List<Relation> memberships() { return memberships; }

    void favorite(boolean f) { favorite = f; }
    void hidden(boolean h) { hidden = h; }

    void describe(String caption, String description, List<String> keywords) {
        this.caption = caption;
        this.description = description;
        this.keywords = List.copyOf(keywords);
    }

    void location(Location l) { location = l; }

    void trash(long expunge, long expires) {
        trashed = true;
        restored = false;
        dateExpunged = expunge;
        expirationTime = expires;
    }

    void restore() {
        trashed = false;
        restored = true;
        dateExpunged = 0;
        expirationTime = 0;
    }

    void edit(Edit e) {
        edit = e;
        edits++;
    }
}
