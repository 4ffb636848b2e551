package dev.orchard.fake.photos.generator;

import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.library.Album;
import dev.orchard.fake.photos.library.AssetKind;
import dev.orchard.fake.photos.library.AssetSpec;
import dev.orchard.fake.photos.library.Ids;
import dev.orchard.fake.photos.library.Location;
import dev.orchard.fake.photos.library.PhotoLibrary;
import dev.orchard.fake.photos.library.Subtype;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a library with {@code n} assets from a seed: first one of every kind the protocol knows (see
 * {@link Coverage}), then a realistic mix. The same seed and size always give the same library (record
 * names, dates, bytes); dates fall between 2019 and mid-2025 so the order does not depend on today.
 */
public final class LibraryGenerator {
    static final long FIRST_DATE = Instant.parse("2019-01-01T00:00:00Z").toEpochMilli();
    static final long LAST_DATE = Instant.parse("2025-06-30T00:00:00Z").toEpochMilli();
    private static final int[] TIME_ZONES = {0, 3600, 7200, -18000, -25200, 19800, 32400, 36000};

    private final PhotoLibrary library;
    private final SplittableRandom random;
    private final long seed;
    private final List<String> albums = new ArrayList<>();
    private int containers;

    private LibraryGenerator(PhotoLibrary library, long seed) {
        this.library = library;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** Adds {@code n} generated assets (and the album tree) to an empty {@code library}. */
    public static void generate(PhotoLibrary library, int n, long seed) {
        if (n < 0) throw new IllegalArgumentException("number of assets must be >= 0, got " + n);
        new LibraryGenerator(library, seed).run(n);
    }

    private void run(int n) {
        albumTree();
        List<AssetSpec> specs = new ArrayList<>(n);
        List<AssetSpec> coverage = new Coverage(this, library.sharedZone() != null).specs();
        for (int i = 0; i < n; i++) specs.add(i < coverage.size() ? coverage.get(i) : mixed(i));
        library.addAssets(specs);
        library.writeLibraryInfo(library.primary());
        if (library.sharedZone() != null) library.writeLibraryInfo(library.sharedZone());
    }

    /** Folders and albums, nested, some with '/' and non-ASCII in their names; one of each stays empty. */
    private void albumTree() {
        String travel = folder("Travel", null);
        String years = folder("2024", travel);
        album("Paris/Lyon", years);
        album("Kyōto 京都", years);
        album("Road trip", travel);
        folder("Empty folder", null);
        album("Family", null);
        album("Best of 2023", null);
        album("A/B test", null);
        album("Empty album", null);
    }

    private String folder(String name, String parent) {
        return library.createAlbum(containerId(), name, true, parent).recordName();
    }

    private void album(String name, String parent) {
        Album a = library.createAlbum(containerId(), name, false, parent);
        if (!name.startsWith("Empty")) albums.add(a.recordName());
        else albums.add(null);
    }

    private String containerId() {
        return Ids.uuid(seed ^ (0xA1B0L + containers++ * 7919L));
    }

    /** A spec with dates, a time zone and album memberships drawn from the generator's random stream. */
    AssetSpec base(AssetKind kind, int index) {
        return base(kind, index, false);
    }

    AssetSpec base(AssetKind kind, int index, boolean sharedLibrary) {
        long assetDate = FIRST_DATE + (long) (random.nextDouble() * (LAST_DATE - FIRST_DATE));
        long added = Math.min(LAST_DATE, assetDate + random.nextLong(30L * 86_400_000L));
        AssetSpec s = AssetSpec.of(kind).id(Ids.uuid(seed * 1_000_003L + index)).seed(seed * 7_919L + index * 104_729L)
                .assetDate(assetDate).addedDate(added).timeZoneOffset(TIME_ZONES[random.nextInt(TIME_ZONES.length)])
                .sharedLibrary(sharedLibrary);
        describe(s, index, assetDate);
        if (!sharedLibrary && random.nextInt(100) < 30) {
            int memberships = 1 + random.nextInt(3);
            for (int m = 0; m < memberships; m++) {
                String album = albums.get(random.nextInt(albums.size()));
                if (album != null && !s.albums().contains(album)) s.inAlbum(album);
            }
        }
        return s;
    }

    /**
     * Most phone pictures carry where they were taken, a few a description or keywords. Drawn from a stream of their
     * own, so libraries generated before these fields existed keep their dates, albums and flags.
     */
    private void describe(AssetSpec s, int index, long assetDate) {
        SplittableRandom r = new SplittableRandom(seed * 31L + index * 2_654_435_761L);
        int roll = r.nextInt(100);
        if (roll < 70) {
            double[] place = PLACES[r.nextInt(PLACES.length)];
            boolean moving = r.nextInt(100) < 60;
            s.location(new Location(place[0] + r.nextDouble(-0.05, 0.05), place[1] + r.nextDouble(-0.05, 0.05),
                    place[2] + r.nextDouble(0, 40), moving ? r.nextDouble(0, 360) : -1, moving ? r.nextDouble(0, 3) : -1,
                    r.nextDouble(3, 35), 0, assetDate - r.nextInt(5_000)));
        }
        if (r.nextInt(100) < 3) s.description("Notes on picture " + index + " & friends <at> the \"old\" place");
        if (r.nextInt(100) < 5) s.keywords(List.of(KEYWORDS[r.nextInt(KEYWORDS.length)], KEYWORDS[r.nextInt(KEYWORDS.length)]).stream()
                .distinct().toList());
    }

    private static final double[][] PLACES = {{48.8584, 2.2945, 35}, {-33.8568, 151.2153, 5}, {34.4354, -119.8561, 12},
            {18.823, 98.9635, 340}, {35.6586, 139.7454, 40}, {-0.1807, -78.4678, 2850}, {31.5, 35.4, -420}};
    private static final String[] KEYWORDS = {"beach", "family", "sunset", "Été", "work", "snow", "birthday"};

    /** Album recordNames that take members (not the empty ones). */
    List<String> albums() {
        return albums.stream().filter(a -> a != null).toList();
    }

    private AssetSpec mixed(int i) {
        int roll = random.nextInt(100);
        boolean shared = library.sharedZone() != null && random.nextInt(100) < 5;
        AssetSpec s;
        if (roll < 35) s = base(AssetKind.PHOTO, i, shared);
        else if (roll < 55) s = base(AssetKind.PHOTO, i, shared).format(ContentFormat.HEIC);
        else if (roll < 75) s = base(AssetKind.LIVE, i, shared);
        else if (roll < 87) s = base(AssetKind.VIDEO, i, shared);
        else if (roll < 90) s = base(AssetKind.RAW_PAIR, i, shared).format(random.nextBoolean() ? ContentFormat.JPEG : ContentFormat.DNG);
        else if (roll < 92) s = base(AssetKind.PHOTO, i, shared).format(ContentFormat.PNG).subtype(Subtype.SCREENSHOT);
        else s = base(AssetKind.PHOTO, i, shared);
        if (random.nextInt(100) < 8) s.edited(true);
        if (random.nextInt(100) < 10) s.favorite(true);
        if (random.nextInt(100) < 2) s.hidden(true);
        if (random.nextInt(100) < 2) s.trashed(true);
        return s;
    }
}
