package dev.orchard.fake.photos.library;

import java.util.ArrayList;
import java.util.List;

/** A CPLAlbum: an album (albumType 0) or a folder (3), in a tree through {@code parentId}. */
public final class Album extends ZoneRecord {
    public static final int ALBUM = 0;
    public static final int FOLDER = 3;
    public static final String ROOT_FOLDER = "----Root-Folder----";
    public static final String PROJECT_ROOT_FOLDER = "----Project-Root-Folder----";

    private final int albumType;
    private String name;
    private String parentId;
    private long position;
    private boolean deleted;
    private long lastMemberPosition;
    private final List<Relation> members = new ArrayList<>();

    Album(String recordName, long created, String name, int albumType, String parentId, long position) {
        super(recordName, created);
        this.name = name;
        this.albumType = albumType;
        this.parentId = parentId;
        this.position = position;
    }

    @Override
    public String recordType() {
        return "CPLAlbum";
    }

    /** The album name; null for the special root folders. */
    public String name() { return name; }
    public int albumType() { return albumType; }
    public boolean folder() { return albumType == FOLDER; }
    /** The parent folder's recordName; null at the top level. */
    public String parentId() { return parentId; }
    public long position() { return position; }
    /** Deleted by an {@code isDeleted = 1} update (the web app's way); the record itself stays. */
    public boolean deleted() { return deleted; }
    public boolean special() { return ROOT_FOLDER.equals(recordName()) || PROJECT_ROOT_FOLDER.equals(recordName()); }
    public List<Relation> members() { return members; }

    /** The position a new member gets: after every member so far. */
    long nextMemberPosition(long step) {
        lastMemberPosition += step;
        return lastMemberPosition;
    }

    void name(String n) { name = n; }
    void parentId(String p) { parentId = p; }
    void position(long p) { position = p; }
    void deleted(boolean d) { deleted = d; }
}
