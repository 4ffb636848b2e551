package dev.orchard.fake.photos.library;

import java.util.List;

/** A computed index: the assets in rank order and, for album indexes, the relation behind each. */
public record AssetIndex(List<Asset> assets, List<Relation> relations) {
    public int size() {
        return assets.size();
    }
}
