package dev.orchard.icloud.photos.model;

import dev.orchard.icloud.photos.cloudkit.CkRecord;

/** A CPLAlbum: an album (type 0), a folder (type 3) or a smart album (type 6); docs/protocol/photos.md §3. */
public record Album(String recordName, String name, int albumType, String parentId, long position, boolean trashed) {
    public static final String TYPE = "CPLAlbum";
    public static final int ALBUM = 0;
    public static final int FOLDER = 3;

    public static Album parse(CkRecord r) {
        return new Album(r.recordName(), r.text("albumNameEnc"), (int) r.number("albumType", ALBUM), r.string("parentId"),
                r.number("position", 0), r.flag("isDeleted") || r.flag("isExpunged"));
    }

    public boolean folder() {
        return albumType == FOLDER;
    }

    /** The special records that stand for the root of the tree, not for anything the user made. */
    public static boolean isRootRecord(String recordName) {
        return recordName != null && recordName.startsWith("----") && recordName.endsWith("----");
    }

    /** Albums and folders the user sees; smart albums, root records and deleted ones are not. */
    public boolean visible() {
        return !trashed && !isRootRecord(recordName) && (albumType == ALBUM || albumType == FOLDER);
    }
}
