package dev.orchard.icloud.drive;

import java.util.List;

/**
 * One folder of a retrieveItemDetailsInFolders answer: the folder and its direct children, or
 * {@code invalid} when the server answered ID_INVALID (gone, or not a folder).
 */
public record FolderListing(String drivewsid, RemoteItem folder, List<RemoteItem> children, boolean invalid) {
    public static FolderListing invalid(String drivewsid) {
        return new FolderListing(drivewsid, null, List.of(), true);
    }
}
