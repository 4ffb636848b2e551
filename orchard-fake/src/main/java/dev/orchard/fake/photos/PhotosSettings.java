package dev.orchard.fake.photos;

import dev.orchard.fake.photos.library.ContentSizes;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** The Photos side's knobs, changeable while the fake runs (Java API, admin API, CLI options). */
public final class PhotosSettings {
    /** Which database's zone lists show the shared-library zone (docs/protocol/photos.md §1: private; some clients look in shared). */
    public enum SharedZoneListing {
        PRIVATE, SHARED, BOTH;

        public static SharedZoneListing parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown shared-zone listing '" + text + "' (expected private, shared or both)");
            }
        }
    }

    /**
     * How asset list pages may misbehave (docs/protocol/photos.md §3): NONE; STRADDLE, where an asset's record comes on the
     * page after its master's; OVERLAP, where each page repeats the last entry of the page before; MISSING_ASSETS,
     * where every {@value #MISSING_EVERY}th entry comes as a master without its asset.
     */
    public enum ListingQuirk {
        NONE, STRADDLE, OVERLAP, MISSING_ASSETS;

        public static final int MISSING_EVERY = 50;

        public static ListingQuirk parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown listing quirk '" + text
                        + "' (expected none, straddle, overlap or missing-assets)");
            }
        }
    }

    private volatile String indexingState = "FINISHED";
    private volatile int indexingProgress = 100;
    private volatile Duration urlTtl = Duration.ofHours(1);
    private volatile boolean strictChangeTags = true;
    private volatile SharedZoneListing sharedZoneListing = SharedZoneListing.PRIVATE;
    private volatile ContentSizes contentSizes = ContentSizes.DEFAULT;
    private volatile boolean sharedLibrary = true;
    private volatile ListingQuirk listingQuirk = ListingQuirk.NONE;
    private volatile int changesScanLimit = Integer.MAX_VALUE;
    private volatile String casLockCode = "TRY_AGAIN_LATER";
    private final AtomicInteger casLocks = new AtomicInteger();
    private final AtomicInteger htmlErrorPages = new AtomicInteger();

    public String indexingState() { return indexingState; }
    public int indexingProgress() { return indexingProgress; }

    /** CheckIndexingState's answer: FINISHED, RUNNING (with a progress 0-100) or any other word. */
    public PhotosSettings indexing(String state, int progress) {
        if (state == null || !state.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("indexing state must be an upper-case word such as FINISHED or RUNNING, got '" + state + "'");
        }
        if (progress < 0 || progress > 100) throw new IllegalArgumentException("indexing progress must be 0-100, got " + progress);
        indexingState = state;
        indexingProgress = progress;
        return this;
    }

    public Duration urlTtl() { return urlTtl; }
    /** How long download URLs stay valid (their {@code e} parameter). */
    public PhotosSettings urlTtl(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("URL lifetime must be positive, got " + ttl);
        urlTtl = ttl;
        return this;
    }

    public boolean strictChangeTags() { return strictChangeTags; }
    /**
     * Strict (the default, as CloudKit behaves): updates and deletes must carry the record's current change tag
     * (else CONFLICT). Lenient: tags are ignored, for peers that send a fixed tag (icloud-photos-sync's "21h2").
     */
    public PhotosSettings strictChangeTags(boolean on) { strictChangeTags = on; return this; }

    public SharedZoneListing sharedZoneListing() { return sharedZoneListing; }
    public PhotosSettings sharedZoneListing(SharedZoneListing l) { sharedZoneListing = l; return this; }

    public ContentSizes contentSizes() { return contentSizes; }
    /** File sizes for libraries created from now on. */
    public PhotosSettings contentSizes(ContentSizes s) { contentSizes = s; return this; }

    public boolean sharedLibrary() { return sharedLibrary; }
    /** Whether libraries created from now on get a shared-library zone. */
    public PhotosSettings sharedLibrary(boolean on) { sharedLibrary = on; return this; }

    public int changesScanLimit() { return changesScanLimit; }

    /**
     * At most this many change-log entries are examined per changes/zone page. Small values reproduce Apple's
     * short and empty pages with {@code moreComing: true} where the log holds superseded entries.
     */
    public PhotosSettings changesScanLimit(int entries) {
        if (entries < 1) throw new IllegalArgumentException("changes scan limit must be >= 1, got " + entries);
        changesScanLimit = entries;
        return this;
    }

    public ListingQuirk listingQuirk() { return listingQuirk; }
    public PhotosSettings listingQuirk(ListingQuirk q) { listingQuirk = q; return this; }

    /** The next {@code count} records/modify calls fail with a CAS op-lock error ({@code code}: TRY_AGAIN_LATER or CAS_OP_LOCK). */
    public PhotosSettings failModifies(int count, String code) {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0");
        casLockCode = code == null ? "TRY_AGAIN_LATER" : code;
        casLocks.set(count);
        return this;
    }

    /** Consumes one pending CAS op-lock failure; null when none is pending. */
    public String takeModifyFailure() {
        return casLocks.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? casLockCode : null;
    }

    /** The next {@code count} downloads answer 200 with an HTML error page instead of the file. */
    public PhotosSettings htmlErrorPages(int count) {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0");
        htmlErrorPages.set(count);
        return this;
    }

    public boolean takeHtmlErrorPage() {
        return htmlErrorPages.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
