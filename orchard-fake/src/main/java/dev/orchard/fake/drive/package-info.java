/**
 * The iCloud Drive side of the fake, following docs/protocol/drive.md.
 *
 * <ul>
 *   <li>{@code tree}: one {@link dev.orchard.fake.drive.tree.DriveTree} per account (zones, etags, trash,
 *       name rules); {@code content}: file versions in heap, temp files or generated from a seed.</li>
 *   <li>{@code drivews}: {@code POST /retrieveItemDetailsInFolders}, {@code /retrieveItemDetails},
 *       {@code GET /retrieveAppLibraries}, {@code /createFolders}, {@code /renameItems}, {@code /moveItems},
 *       {@code /moveItemsToTrash}, {@code /putBackItemsFromTrash}, {@code /deleteItems}.</li>
 *   <li>{@code docws}: {@code /ws/{zone}/download/by_id|batch}, {@code /ws/{zone}/upload/web},
 *       {@code /ws/{zone}/update/documents}, {@code /ws/{zone}/list/lookup_by_path|lookup_by_id}; the content
 *       host answers {@code POST /{dsid}/singleFileUpload?tk=...} (uploads, Apple name
 *       {@code pNN-contentws.icloud.com}) and {@code GET /B/{signature}/{ticket}/{name}} (downloads,
 *       {@code cvws.icloud-content.com}).</li>
 *   <li>{@code admin}: {@code /_fake/drive/...}, over this package's {@link dev.orchard.fake.drive.RemoteDrive}
 *       ({@code fake.drive().account(appleId)}); {@code seed}: generated and directory-seeded trees.</li>
 * </ul>
 *
 * Where docs/protocol/drive.md marks behaviour unknown, {@link dev.orchard.fake.drive.DriveSettings} holds a switch;
 * replies that are the fake's own invention (no source shows them) are named so in the code.
 */
package dev.orchard.fake.drive;
