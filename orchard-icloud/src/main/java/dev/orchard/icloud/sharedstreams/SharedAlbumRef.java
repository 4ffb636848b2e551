package dev.orchard.icloud.sharedstreams;

/**
 * One shared album as the album list (or a public link) describes it. {@code ctag} changes whenever anything
 * in the album changes; {@code location} is the base its asset calls go to (ends with '/').
 */
public record SharedAlbumRef(String guid, String name, String ctag, String location, boolean owned, boolean isPublic,
                             String publicUrl) {
}
