package dev.orchard.app.web.library;

/**
 * One Apple ID's photo library on the page, with its archive backend. {@code account} is null for the one library of
 * {@code orchard photos serve} or a single-account service; {@code library} null when no photos folder is configured.
 */
public record AccountLibrary(String account, PhotoLibrary library, ArchiveBackend archive) {
    public AccountLibrary {
        if (archive == null) archive = ArchiveBackend.unavailable("this page was started without an iCloud account");
    }
}
