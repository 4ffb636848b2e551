package dev.orchard.fake.http;

import java.util.Locale;

/** The Apple service a request belongs to, judged by its path; used to aim latency and faults. */
public enum ServiceGroup {
    AUTH, SETUP, CLOUDKIT, CDN, DRIVE, ADMIN, OTHER;

    public static ServiceGroup of(String path) {
        if (path.startsWith("/appleauth/")) return AUTH;
        if (path.startsWith("/setup/")) return SETUP;
        if (path.startsWith("/database/")) return CLOUDKIT;
        if (path.startsWith("/B/")) return CDN;
        if (path.startsWith("/_fake/")) return ADMIN;
        if (path.startsWith("/ws/") || path.startsWith("/upload/") || path.startsWith("/retrieve")
                || path.startsWith("/createFolders") || path.startsWith("/renameItems")
                || path.startsWith("/moveItems") || path.startsWith("/putBackItemsFromTrash")
                || path.startsWith("/deleteItems") || path.startsWith("/v1/")
                || path.endsWith("/singleFileUpload")) {
            return DRIVE;
        }
        return OTHER;
    }

    public static ServiceGroup parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown service group '" + text
                    + "' (expected one of auth, setup, cloudkit, cdn, drive)");
        }
    }
}
