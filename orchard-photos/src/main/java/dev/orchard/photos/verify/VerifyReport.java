package dev.orchard.photos.verify;

import java.util.List;

/**
 * What {@code verify} found: files checked against iCloud's checksum ({@code verified}), checked by size only
 * because iCloud's checksum is in another format ({@code sizeOnly}), and the missing and corrupt ones.
 */
public record VerifyReport(long verified, long sizeOnly, List<String> missing, List<String> corrupt, long markedForRepair) {
    public boolean clean() {
        return missing.isEmpty() && corrupt.isEmpty();
    }
}
