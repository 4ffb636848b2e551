/**
 * The iCloud web client. The app and both engines use sign-in and the session ({@code auth}, {@code session}),
 * {@code http}, and the Photos, Drive and Shared Albums services; the Photos listing, change feed and record
 * requests behind {@code PhotosService} are the photos engine's alone. SRP stays inside.
 */
@SuppressWarnings("module") // the qualified exports name a module compiled after this one
module dev.orchard.icloud {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.dd.plist;
    requires transitive java.net.http;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.slf4j;

    exports dev.orchard.icloud;
    exports dev.orchard.icloud.auth;
    exports dev.orchard.icloud.drive;
    exports dev.orchard.icloud.http;
    exports dev.orchard.icloud.json;
    exports dev.orchard.icloud.photos;
    exports dev.orchard.icloud.photos.cloudkit;
    exports dev.orchard.icloud.photos.model;
    exports dev.orchard.icloud.session;
    exports dev.orchard.icloud.sharedstreams;

    exports dev.orchard.icloud.photos.changes to dev.orchard.photos;
    exports dev.orchard.icloud.photos.listing to dev.orchard.photos;
    exports dev.orchard.icloud.photos.records to dev.orchard.photos;
}
