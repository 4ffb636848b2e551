package dev.orchard.icloud.sharedstreams;

import java.util.List;
import java.util.Map;

/**
 * A public shared album read through its link: its name, change tag and items. {@code derivativeIds} maps each
 * item's guid to the id ({@code checksum}) of its chosen rendition, which {@code webasseturls} answers by.
 */
public record PublicAlbum(String token, String base, String name, String ctag, String owner, List<StreamItem> items,
                          Map<String, String> derivativeIds) {

    public SharedAlbumRef ref() {
        return new SharedAlbumRef(token, name, ctag, base + "/" + token + "/sharedstreams/", false, true, null);
    }
}
