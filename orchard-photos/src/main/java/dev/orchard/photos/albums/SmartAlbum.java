package dev.orchard.photos.albums;

import dev.orchard.icloud.photos.model.MediaKind;

import java.util.function.Predicate;

/**
 * The smart albums kept under {@code Albums/Smart Albums/}, each derived from what the state already holds about
 * an asset (docs/protocol/photos.md §2, §3), so they cost no request. Apple documents only some of the codes: a Live Photo
 * has a motion part ({@code assetSubtypeV2} 2), a screenshot has {@code assetSubtypeV2} 3, a slo-mo video the
 * adjustment type {@code com.apple.video.slomo}, a burst frame a {@code burstId}. The panorama and time-lapse
 * {@code assetSubtype} codes (1 and 2) are unconfirmed (docs/protocol/photos.md §10); they are the fake's, and either subtype
 * field is read. Hidden assets are in Hidden only, as in Photos.
 */
public enum SmartAlbum {
    FAVOURITES("Favourites", Facts::favourite),
    VIDEOS("Videos", f -> f.kind() == MediaKind.VIDEO),
    LIVE_PHOTOS("Live Photos", f -> f.kind() == MediaKind.LIVE),
    SCREENSHOTS("Screenshots", f -> f.kind() == MediaKind.PHOTO && f.code(3)),
    PANORAMAS("Panoramas", f -> f.kind() == MediaKind.PHOTO && f.code(1)),
    SLO_MO("Slo-mo", f -> f.kind() == MediaKind.VIDEO && "com.apple.video.slomo".equals(f.adjustment())),
    TIME_LAPSE("Time-lapse", f -> f.kind() == MediaKind.VIDEO && f.code(2)),
    BURSTS("Bursts", f -> f.burstId() != null && !f.burstId().isEmpty()),
    HIDDEN("Hidden", f -> true);

    /** The folder below {@code Albums/} that holds them; AlbumTree keeps user albums out of it. */
    public static final String FOLDER = "Smart Albums";

    private final String folderName;
    private final Predicate<Facts> member;

    SmartAlbum(String folderName, Predicate<Facts> member) {
        this.folderName = folderName;
        this.member = member;
    }

    /** The album's folder relative to {@code Albums/}, e.g. {@code Smart Albums/Favourites}. */
    public String folder() {
        return FOLDER + "/" + folderName;
    }

    public String folderName() {
        return folderName;
    }

    /** Whether an asset with these facts belongs (hidden assets belong to Hidden alone). */
    public boolean contains(Facts f) {
        if (f.hidden() != (this == HIDDEN)) return false;
        return member.test(f);
    }

    /** What the smart albums look at, as the state stores it. */
    public record Facts(boolean favourite, boolean hidden, MediaKind kind, int subtypeV2, int subtype, String adjustment,
                        String burstId) {
        boolean code(int c) {
            return subtypeV2 == c || subtype == c;
        }
    }
}
