package dev.orchard.photos.library;

/**
 * A file of an asset: {@code role} as in photos.db (ORIGINAL, LIVE_VIDEO, EDITED...), {@code path} relative to
 * the library root, {@code state} PLANNED/PRESENT/KEPT, {@code verified} true when its bytes matched iCloud's
 * fileChecksum (else size-checked only), {@code verifiedAt} when that was last found (epoch millis; null when unknown,
 * e.g. verified by an Orchard that did not record it).
 */
public record AssetFile(String role, String path, String fileType, long size, String checksum, String state, boolean verified,
                        Long verifiedAt) {
    public boolean onDisk() {
        return state.equals("PRESENT") || state.equals("KEPT");
    }
}
