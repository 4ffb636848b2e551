package dev.orchard.photos.state;

import dev.orchard.icloud.photos.model.ResourceRole;

/** One file Orchard owns in the library: a version of an asset at a path relative to the library root. */
public record FileRecord(String path, String zone, String assetId, ResourceRole role, String checksum, long size,
                         FileState state, boolean verified, String problem) {
}
