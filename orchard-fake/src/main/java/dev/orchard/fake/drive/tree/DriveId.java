package dev.orchard.fake.drive.tree;

/**
 * A parsed drivewsid, {@code TYPE::zone::docwsid}. Fewer than three parts: the whole string is a docwsid in
 * the Drive zone, type unknown (null). The trash answers to {@code TRASH_ROOT} and {@code FOLDER::<zone>::TRASH_ROOT}.
 */
public record DriveId(String type, String zone, String docwsid) {
    public static final String TRASH_ROOT = "TRASH_ROOT";

    public static DriveId parse(String drivewsid) {
        if (drivewsid == null) return new DriveId(null, DriveTree.CLOUD_DOCS, "");
        String[] parts = drivewsid.split("::", 3);
        if (parts.length < 3) return new DriveId(null, DriveTree.CLOUD_DOCS, drivewsid);
        return new DriveId(parts[0], parts[1], parts[2]);
    }

    public boolean isTrashRoot() {
        return TRASH_ROOT.equals(docwsid) && (type == null || "FOLDER".equals(type));
    }

    /** Whether the id's type admits {@code item} (an id without a type admits anything). */
    public boolean admits(DriveItem item) {
        return type == null || type.equals(item.kind().idPrefix());
    }
}
