package dev.orchard.fake.drive;

import dev.orchard.fake.drive.tree.TreeRules;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every Drive knob of the fake that is not a fault: the tree rules plus how the services answer. All of
 * them can change while the fake runs (admin API, tests). Defaults are docs/protocol/drive.md's best guesses.
 */
public final class DriveSettings {
    private final TreeRules tree = new TreeRules();
    private volatile boolean nfdNames;
    private volatile int listingLag;
    private final AtomicInteger unknownCreateFolders = new AtomicInteger();
    private volatile boolean unknownCreatesFolder = true;
    private volatile boolean redirect330;
    private volatile Duration downloadUrlLifetime = Duration.ofHours(1);
    private volatile Duration uploadUrlLifetime = Duration.ofHours(1);
    private volatile int commitStatusCode;
    private volatile boolean editKeepsDocwsid = true;
    private volatile int downloadBatchMax = 5;

    public TreeRules tree() { return tree; }

    /** Report names decomposed (NFD), as rclone saw iCloud do, whatever form they were stored in. */
    public boolean nfdNames() { return nfdNames; }
    public DriveSettings nfdNames(boolean on) { nfdNames = on; return this; }

    /** Items created through the service stay out of their parent's next N listings (eventual consistency). */
    public int listingLag() { return listingLag; }
    public DriveSettings listingLag(int listings) {
        if (listings < 0) throw new IllegalArgumentException("listing lag must be >= 0 listings, got " + listings);
        listingLag = listings;
        return this;
    }

    /**
     * The next {@code count} folders createFolders makes answer {@code status: UNKNOWN}; {@code created} says
     * whether they were made all the same.
     */
    public DriveSettings unknownCreateFolders(int count, boolean created) {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
        unknownCreateFolders.set(count);
        unknownCreatesFolder = created;
        return this;
    }

    /** Consumes one UNKNOWN answer if any is pending. */
    public boolean takeUnknownCreateFolder() {
        while (true) {
            int n = unknownCreateFolders.get();
            if (n <= 0) return false;
            if (unknownCreateFolders.compareAndSet(n, n - 1)) return true;
        }
    }

    public boolean unknownCreatesFolder() { return unknownCreatesFolder; }

    /** Download URLs first answer 330 with a Location to follow (rclone handles this). */
    public boolean redirect330() { return redirect330; }
    public DriveSettings redirect330(boolean on) { redirect330 = on; return this; }

    public Duration downloadUrlLifetime() { return downloadUrlLifetime; }
    public DriveSettings downloadUrlLifetime(Duration d) { downloadUrlLifetime = positive(d, "download URL lifetime"); return this; }

    public Duration uploadUrlLifetime() { return uploadUrlLifetime; }
    public DriveSettings uploadUrlLifetime(Duration d) { uploadUrlLifetime = positive(d, "upload URL lifetime"); return this; }

    /** The {@code status_code} update/documents reports on success (unknown: docs/protocol/drive.md §9). */
    public int commitStatusCode() { return commitStatusCode; }
    public DriveSettings commitStatusCode(int code) { commitStatusCode = code; return this; }

    /** Whether an edit from "another device" (admin API) keeps the file's docwsid (docs/protocol/drive.md §9). */
    public boolean editKeepsDocwsid() { return editKeepsDocwsid; }
    public DriveSettings editKeepsDocwsid(boolean on) { editKeepsDocwsid = on; return this; }

    /**
     * Most documents one download/batch call may name; more is answered 400. Apple's limit is unknown: the fake allows
     * only the 5 that idrive-cli sends by default (docs/protocol/drive.md §5.1), the one size a known client is seen to use.
     */
    public int downloadBatchMax() { return downloadBatchMax; }
    public DriveSettings downloadBatchMax(int documents) {
        if (documents < 1) throw new IllegalArgumentException("download batch maximum must be at least 1");
        downloadBatchMax = documents;
        return this;
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive");
        return d;
    }
}
