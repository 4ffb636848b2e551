/**
 * The iCloud Drive engine. Callers use the entry points: {@code sync.DriveFolder} (lock, base, passes) with
 * {@code options} and {@code report}, and {@code watch} for {@code --watch}. Everything else is the engine's own.
 */
module dev.orchard.drive {
    requires transitive dev.orchard.icloud;
    requires transitive dev.orchard.localfiles;
    requires transitive java.sql;
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;

    exports dev.orchard.drive.options;
    exports dev.orchard.drive.report;
    exports dev.orchard.drive.sync;
    exports dev.orchard.drive.watch;
}
