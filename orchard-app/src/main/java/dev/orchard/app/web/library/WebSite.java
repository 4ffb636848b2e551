package dev.orchard.app.web.library;

import dev.orchard.app.config.ConfigException;

import java.util.List;

/**
 * What the web server shows besides the daemon's status: the photo libraries, one per account (the first is the one
 * {@code /api/photos/} serves; the others are under {@code /api/photos/accounts/<Apple ID>/}), under
 * {@code basePath} ("" or a sub-path like "/orchard" for a reverse proxy).
 */
public record WebSite(String basePath, List<AccountLibrary> libraries) {
    public static final WebSite NONE = new WebSite("", null, ArchiveBackend.unavailable("no photo library is configured"));

    public WebSite {
        basePath = basePath(basePath);
        if (libraries == null || libraries.isEmpty()) throw new IllegalArgumentException("a web site needs one library (null for none)");
        libraries = List.copyOf(libraries);
    }

    /** One library (null: none) with its archive backend. */
    public WebSite(String basePath, PhotoLibrary library, ArchiveBackend archive) {
        this(basePath, List.of(new AccountLibrary(null, library, archive)));
    }

    /** The first library: the one the page shows unless an account is chosen. */
    public PhotoLibrary library() {
        return libraries.get(0).library();
    }

    public ArchiveBackend archive() {
        return libraries.get(0).archive();
    }

    /** The library of an Apple ID (case does not matter), null when none has that name. */
    public AccountLibrary library(String account) {
        return libraries.stream().filter(l -> l.account() != null && l.account().equalsIgnoreCase(account)).findFirst().orElse(null);
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
