package dev.orchard.icloud.photos.model;

/**
 * The files of an asset that Orchard keeps (photos.md §6.3): the original, its RAW/JPEG alternative and Live
 * Photo motion part on the master; the rendered edit on the asset.
 */
public enum ResourceRole {
    ORIGINAL("resOriginal", false, true),
    ALTERNATIVE("resOriginalAlt", false, true),
    LIVE_VIDEO("resOriginalVidCompl", false, true),
    EDITED("resJPEGFull", true, false),
    EDITED_VIDEO("resVidFull", true, false);

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
}
