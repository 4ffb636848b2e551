package dev.orchard.drive.apply;

import dev.orchard.icloud.drive.DriveClient;
import dev.orchard.icloud.drive.DriveDownloader;
import dev.orchard.icloud.drive.DriveUploader;

/** What the steps of a pass change in iCloud with: the Drive client, its transfers, the folders of the pass's view. */
public record Remote(DriveClient client, DriveUploader uploader, DriveDownloader downloader, RemoteFolders folders) {
    public static Remote of(DriveClient client, RemoteFolders folders) {
        return new Remote(client, new DriveUploader(client), new DriveDownloader(client), folders);
    }
}
