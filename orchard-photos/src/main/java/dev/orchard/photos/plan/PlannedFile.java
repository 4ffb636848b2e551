package dev.orchard.photos.plan;

import dev.orchard.icloud.photos.model.Resource;

/** A version of an asset as it should be on disk: this resource at this library path. */
public record PlannedFile(String path, Resource resource) {
}
