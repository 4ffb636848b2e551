package dev.orchard.icloud.drive;

/** drivewsid helpers: {@code TYPE::zone::docwsid} (docs/protocol/drive.md §1). */
public final class DriveIds {
    public static final String CLOUD_DOCS = "com.apple.CloudDocs";
    public static final String ROOT = "FOLDER::" + CLOUD_DOCS + "::root";

    private DriveIds() {
    }

    /** The zone of a drivewsid; the Drive's own zone when the id has fewer than three parts. */
    public static String zone(String drivewsid) {
        String[] parts = drivewsid.split("::", 3);
        return parts.length < 3 ? CLOUD_DOCS : parts[1];
    }

    /** The docwsid part of a drivewsid (the whole string when it has fewer than three parts). */
    public static String docwsid(String drivewsid) {
        String[] parts = drivewsid.split("::", 3);
        return parts.length < 3 ? drivewsid : parts[2];
    }

    public static String file(String zone, String docwsid) {
        return "FILE::" + zone + "::" + docwsid;
    }

    public static String folder(String zone, String docwsid) {
        return "FOLDER::" + zone + "::" + docwsid;
    }
}
