package dev.orchard.fake.photos.library;

/** The {@code res*} field groups of docs/protocol/photos.md §4, and which record carries each. */
public enum ResourceRole {
    ORIGINAL("resOriginal", true),
    ORIGINAL_ALT("resOriginalAlt", true),
    ORIGINAL_VID_COMPL("resOriginalVidCompl", true),
    JPEG_MED("resJPEGMed", true),
    JPEG_THUMB("resJPEGThumb", true),
    VID_MED("resVidMed", true),
    VID_SMALL("resVidSmall", true),
    JPEG_FULL("resJPEGFull", false),
    VID_FULL("resVidFull", false),
    EDIT_THUMB("resJPEGThumb", false);

    private final String prefix;
    private final boolean onMaster;

    ResourceRole(String prefix, boolean onMaster) {
        this.prefix = prefix;
        this.onMaster = onMaster;
    }

    /** The field-name prefix, e.g. {@code resOriginal} for {@code resOriginalRes}, {@code resOriginalFileType}. */
    public String prefix() { return prefix; }
    public boolean onMaster() { return onMaster; }
}
