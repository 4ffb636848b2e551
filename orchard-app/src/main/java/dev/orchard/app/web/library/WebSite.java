package dev.orchard.app.web.library;

import dev.orchard.app.config.ConfigException;

/**
 * What the web server shows besides the daemon's status: the photo library (null: none) with its archive
 * backend, under {@code basePath} ("" or a sub-path like "/orchard" for a reverse proxy).
 */
public record WebSite(String basePath, PhotoLibrary library, ArchiveBackend archive) {
    public static final WebSite NONE = new WebSite("", null, ArchiveBackend.unavailable("no photo library is configured"));

    public WebSite {
        basePath = basePath(basePath);
        if (archive == null) archive = ArchiveBackend.unavailable("this page was started without an iCloud account");
    }

    /** "" for the root; "/a/b" otherwise. @throws ConfigException for anything else */
    public static String basePath(String given) {
        if (given == null || given.isEmpty() || given.equals("/")) return "";
        String p = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        if (!p.matches("(/[A-Za-z0-9._~-]+)+") || p.contains("/../") || p.endsWith("/..") || p.contains("/./")) {
            throw new ConfigException("--web-base-path " + given + " is not a URL path like /orchard (letters, digits, . _ ~ - and /)");
        }
        return p;
    }
}
