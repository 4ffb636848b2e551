package dev.orchard.fake.drive.seed;

import dev.orchard.fake.drive.content.BlobStore;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.NameClashPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills a folder with a reproducible tree: the same spec gives the same names, ids, sizes, contents and
 * times. Contents are generated on demand, so a benchmark-sized tree (20k files) costs almost nothing.
 */
public final class TreeGenerator {
    /** What to generate: {@code maxFileSize} bounds file sizes, which are spread log-uniformly, a few empty. */
    public record Spec(int files, int folders, long seed, long maxFileSize) {
        public Spec {
            if (files < 0 || folders < 0) throw new IllegalArgumentException("file and folder counts must be >= 0");
            if (maxFileSize < 1) throw new IllegalArgumentException("the largest file size must be >= 1 byte");
        }
    }

    private static final String[] WORDS = {"notes", "report", "budget", "photos", "draft", "invoice", "letter",
            "plan", "summary", "archive", "recipes", "travel", "music", "scans", "project", "ideas"};
    private static final String[] EXTENSIONS = {"txt", "md", "pdf", "jpg", "docx", "csv", "json", "png"};
    private static final int MAX_DEPTH = 5;
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private TreeGenerator() {
    }

    /** Generates below {@code under}; returns how many bytes the files hold. */
    public static long generate(DriveTree tree, DriveItem under, BlobStore blobs, Spec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<DriveItem> folders = new ArrayList<>(List.of(under));
        Map<DriveItem, Integer> depth = new HashMap<>(Map.of(under, 0));
        long bytes = 0;
        synchronized (tree) {
            for (int i = 1; i <= spec.folders(); i++) {
                DriveItem parent = folders.get(random.nextInt(folders.size()));
                if (depth.get(parent) >= MAX_DEPTH) parent = under;
                String name = capitalised(WORDS[random.nextInt(WORDS.length)]) + " " + i;
                DriveItem folder = tree.createFolder(parent, name, NameClashPolicy.AUTO_RENAME, uuid(random), time(random));
                folders.add(folder);
                depth.put(folder, depth.get(parent) + 1);
            }
            for (int i = 1; i <= spec.files(); i++) {
                DriveItem parent = folders.get(random.nextInt(folders.size()));
                String name = WORDS[random.nextInt(WORDS.length)] + "-" + i + "." + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
                long size = size(random, spec.maxFileSize());
                Instant modified = time(random);
                String id = uuid(random);
                DriveTree.FileVersion v = new DriveTree.FileVersion(blobs.generated(random.nextLong(), size), false,
                        modified, modified.minus(Duration.ofDays(random.nextInt(30))));
                tree.addFile(parent, name, v, NameClashPolicy.AUTO_RENAME, id);
                bytes += size;
            }
        }
        return bytes;
    }

    private static long size(SplittableRandom random, long max) {
        if (random.nextInt(50) == 0) return 0;
        return Math.max(1, Math.min(max, (long) Math.exp(random.nextDouble() * Math.log(max))));
    }

    private static Instant time(SplittableRandom random) {
        return EPOCH.plusSeconds(random.nextLong(365L * 24 * 3600));
    }

    private static String uuid(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
