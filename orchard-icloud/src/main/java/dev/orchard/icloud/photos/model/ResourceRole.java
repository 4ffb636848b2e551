package dev.orchard.icloud.photos.model;

/**
 * The files of an asset that Orchard keeps (docs/protocol/photos.md §4): the original, its RAW/JPEG alternative and Live
 * Photo motion part on the master; the rendered edit on the asset; and iCloud's JPEG renditions (thumb and
 * medium on the master, photos' and videos' posters alike; an edit's own thumb on the asset), which are kept
 * out of the library folder.
 */
public enum ResourceRole {
    ORIGINAL("resOriginal", false, true),
    ALTERNATIVE("resOriginalAlt", false, true),
    LIVE_VIDEO("resOriginalVidCompl", false, true),
    EDITED("resJPEGFull", true, false),
    EDITED_VIDEO("resVidFull", true, false),
    THUMB("resJPEGThumb", false, false),
    PREVIEW("resJPEGMed", false, false),
    EDITED_THUMB("resJPEGThumb", true, false);

    private final String prefix;
    private final boolean onAsset;
    private final boolean original;

    ResourceRole(String prefix, boolean onAsset, boolean original) {
        this.prefix = prefix;
        this.onAsset = onAsset;
        this.original = original;
    }

    /** The field prefix: {@code <prefix>Res}, {@code <prefix>FileType}. */
    public String prefix() { return prefix; }
    /** Whether the resource lives on the CPLAsset (edits) rather than the CPLMaster. */
    public boolean onAsset() { return onAsset; }
    /** Part of the original capture (not a rendering). */
    public boolean original() { return original; }
    /** One of iCloud's JPEG renditions (a thumbnail or preview), not a file of the library itself. */
    public boolean rendition() { return this == THUMB || this == PREVIEW || this == EDITED_THUMB; }
}
