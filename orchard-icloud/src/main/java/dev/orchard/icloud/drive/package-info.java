/**
 * The iCloud Drive web client (docs/protocol/drive.md): folder listings in batches, downloads, the three-step
 * upload, folder creation, renames, moves and moving to the trash. No sync logic lives here.
 *
 * <p>Names: {@link dev.orchard.icloud.drive.RemoteItem#name()} is the server's exact string, used for API
 * calls; {@link dev.orchard.icloud.drive.RemoteItem#nfcName()} is for comparison and local storage.
 */
package dev.orchard.icloud.drive;
