package dev.orchard.app.photos;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.sharedstreams.SharedAlbum;
import dev.orchard.fake.sharedstreams.SharedStreams;
import dev.orchard.fake.sharedstreams.SharedStreamsDemo;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.TransportConfig;
import dev.orchard.photos.shared.SharedReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The Shared Albums part of {@code orchard demo}: gives the fake account a few shared albums (its own, a
 * friend's, one with hostile names), keeps them next to the library, then backs up the public one through its
 * link with no account.
 */
public final class SharedAlbumsDemo {
    private final FakeICloud fake;
    private final ICloudSession session;
    private final Path base;
    private final PrintWriter out;
    private final Clock clock;

    public SharedAlbumsDemo(FakeICloud fake, ICloudSession session, Path base, PrintWriter out, Clock clock) {
        this.fake = fake;
        this.session = session;
        this.base = base;
        this.out = out;
        this.clock = clock;
    }

    /** @return whether every shared file was kept */
    public boolean run() {
        List<SharedAlbum> albums = SharedStreamsDemo.seed(fake.sharedStreams(), fake.photos().defaultAccount());
        Path library = base.resolve("iCloud Photos");
        out.println();
        out.println("Shared Albums: the fake account now owns one (public) and subscribes to two; keeping them:");
        SharedReport first = SharedAlbumsStep.run(session, library, List.of(), clock, out::println);
        SharedReport second = SharedAlbumsStep.run(session, library, List.of(), clock, out::println);
        out.println("  " + library.resolve("Shared Albums") + "  one folder per album, the largest rendition of each item");
        String link = SharedStreams.publicLink(albums.get(0));
        Path linkDir = base.resolve("Shared Album Link");
        out.println();
        out.println("A public link needs no account: orchard photos shared-album " + link + " --photos-dir '" + linkDir + "'");
        try (HttpTransport http = new HttpTransport(TransportConfig.defaults(), new CookieJar(clock))) {
            SharedReport pub = SharedAlbumsStep.publicLink(http, fake.baseUrl(), link, linkDir, clock, out::println);
            return first != null && first.complete() && second != null && second.complete() && pub.complete();
        }
    }
}
