package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.PhotosSettings;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Zone;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The iCloud Photos library the standalone fake serves, and its knobs. While it runs, the library is
 * changed through the admin API under {@code /_fake/photos/}.
 */
public final class PhotosOptions {
    @Option(names = "--assets", defaultValue = "0", paramLabel = "N",
            description = "Generate a Photos library of N assets from --seed: every kind first (Live Photos, edits, RAW+JPEG, "
                    + "hidden, recently deleted, hostile names, albums, shared library), then a realistic mix (default: ${DEFAULT-VALUE}).")
    int assets;

    @Option(names = "--photos-spec", paramLabel = "FILE",
            description = "Load the Photos library from a JSON spec file instead (format: LIBRARY-SPEC.md in the fake's photos.generator package).")
    Path spec;

    @Option(names = "--photo-size", defaultValue = "24k", paramLabel = "SIZE",
            description = "Size of generated photo originals, e.g. 24k or 8M; derivatives are smaller (default: ${DEFAULT-VALUE}).")
    String photoSize;

    @Option(names = "--video-size", defaultValue = "64k", paramLabel = "SIZE",
            description = "Size of generated video originals (default: ${DEFAULT-VALUE}).")
    String videoSize;

    @Option(names = "--no-shared-library", description = "Give the library no shared-library (SharedSync-...) zone.")
    boolean noSharedLibrary;

    @Option(names = "--url-ttl", defaultValue = "3600", paramLabel = "SECONDS",
            description = "How long download URLs stay valid before the CDN answers 410 (default: ${DEFAULT-VALUE}).")
    long urlTtl;

    @Option(names = "--indexing", defaultValue = "FINISHED", paramLabel = "STATE[:PROGRESS]",
            description = "What CheckIndexingState answers, e.g. FINISHED or RUNNING:40 (default: ${DEFAULT-VALUE}).")
    String indexing;

    @Option(names = "--lenient-change-tags",
            description = "Accept updates and deletes whatever recordChangeTag they carry, for peers that send a fixed one "
                    + "(icloud-photos-sync). Default: strict, as Apple: a stale or missing tag gets CONFLICT.")
    boolean lenientTags;

    @Option(names = "--shared-zone-listing", defaultValue = "private", paramLabel = "DB",
            description = "Which database's zone list shows the shared library: private, shared or both (default: ${DEFAULT-VALUE}).")
    String sharedZoneListing;

    @Option(names = "--listing-quirk", defaultValue = "none", paramLabel = "QUIRK",
            description = "Make asset list pages misbehave as Apple's sometimes do: none, straddle (an asset's record on the page "
                    + "after its master's), overlap (each page repeats the previous page's last entry) or missing-assets (every 50th "
                    + "entry comes as a master without its asset) (default: ${DEFAULT-VALUE}).")
    String listingQuirk;

    void applyTo(FakeConfig config) {
        if (assets < 0) throw new IllegalArgumentException("--assets must be >= 0, got " + assets);
        if (spec != null && assets > 0) throw new IllegalArgumentException("use either --assets or --photos-spec, not both");
        ContentSizes sizes = new ContentSizes(ContentSizes.parseBytes(photoSize), ContentSizes.parseBytes(videoSize));
        String[] idx = indexing.split(":", 2);
        int progress;
        try {
            progress = idx.length > 1 ? Integer.parseInt(idx[1].trim()) : idx[0].equalsIgnoreCase("FINISHED") ? 100 : 0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--indexing takes STATE or STATE:PROGRESS (0-100), got " + indexing);
        }
        PhotosSettings.SharedZoneListing listing = PhotosSettings.SharedZoneListing.parse(sharedZoneListing);
        PhotosSettings.ListingQuirk quirk = PhotosSettings.ListingQuirk.parse(listingQuirk);
        Duration ttl = Duration.ofSeconds(urlTtl);
        String state = idx[0].trim().toUpperCase(java.util.Locale.ROOT);
        new PhotosSettings().indexing(state, progress).urlTtl(ttl); // reports bad values before the fake starts
        config.setup(fake -> {
            fake.photos().settings().contentSizes(sizes).sharedLibrary(!noSharedLibrary).urlTtl(ttl)
                    .indexing(state, progress).strictChangeTags(!lenientTags).sharedZoneListing(listing).listingQuirk(quirk);
            if (spec != null) fake.photos().load(fake.photos().defaultAccount(), spec);
            else if (assets > 0) fake.photos().generate(fake.photos().defaultAccount(), assets, fake.config().seed());
        });
    }

    void describe(FakeICloud fake, PrintWriter out) {
        PhotoLibrary lib = fake.photos().library();
        StringBuilder line = new StringBuilder("  photos:       ");
        lib.read(() -> {
            for (Zone z : lib.zones()) line.append(z.name()).append(' ').append(z.assets().size()).append(" assets  ");
            return null;
        });
        out.println(line.toString().stripTrailing() + "  (admin: " + fake.baseUrl() + "/_fake/photos)");
    }
}
