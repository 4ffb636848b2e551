/**
 * The iCloud Photos engine. Callers use the entry points: {@code sync.PhotoSync} with {@code options} and
 * {@code report}; {@code archive}, {@code adopt}, {@code verify}; {@code shared} (Shared Albums); {@code library}
 * (the read-only view the web page shows). Everything else is the engine's own.
 */
@SuppressWarnings("requires-automatic") // xmpcore (Adobe XMP Core) has no module name of its own
module dev.orchard.photos {
    requires transitive dev.orchard.icloud;
    requires transitive dev.orchard.localfiles;
    requires transitive java.desktop;
    requires transitive java.sql;
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;
    requires xmpcore;

    exports dev.orchard.photos.adopt;
    exports dev.orchard.photos.archive;
    exports dev.orchard.photos.library;
    exports dev.orchard.photos.options;
    exports dev.orchard.photos.report;
    exports dev.orchard.photos.shared;
    exports dev.orchard.photos.sync;
    exports dev.orchard.photos.verify;
}
