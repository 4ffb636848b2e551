package dev.orchard.fake.drive;

import dev.orchard.fake.context.FakeClock;
import dev.orchard.fake.drive.content.BlobStore;
import dev.orchard.fake.drive.tree.AppLibrary;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.EtagPropagation;
import dev.orchard.fake.drive.tree.NameClashPolicy;
import dev.orchard.fake.drive.tree.NameRules;
import dev.orchard.fake.drive.tree.TreeConflict;
import dev.orchard.fake.drive.tree.TreeRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriveTreeTest {
    private final FakeClock clock = new FakeClock();
    private final TreeRules rules = new TreeRules();
    private final BlobStore blobs = BlobStore.withDefaults();
    private final DriveTree tree = new DriveTree(rules, clock, AppLibrary.defaults());
    private final DriveItem root = tree.cloudDocs().root();

    @AfterEach
    void close() {
        blobs.close();
    }

    private DriveItem file(DriveItem parent, String name, String text) {
        return tree.addFile(parent, name, new DriveTree.FileVersion(blobs.of(text.getBytes(StandardCharsets.UTF_8)),
                false, Instant.parse("2024-02-01T10:00:00.750Z"), null), NameClashPolicy.REJECT);
    }

    private DriveItem folder(DriveItem parent, String name) {
        return tree.createFolder(parent, name, NameClashPolicy.REJECT);
    }

    @Test
    void etagsAreBase36CountersAndFilesCarryTwoParts() {
        DriveItem docs = folder(root, "Docs");
        DriveItem f = file(docs, "a.txt", "hello");
        assertThat(docs.etag()).matches("[0-9a-z]+");
        assertThat(f.etag()).matches("[0-9a-z]+::[0-9a-z]+");
        assertThat(f.modified()).isEqualTo(Instant.parse("2024-02-01T10:00:00Z"));
    }

    @Test
    void everyMutationBumpsTheItemAndItsParentButNotGrandparentsByDefault() {
        DriveItem a = folder(root, "A");
        DriveItem b = folder(a, "B");
        DriveItem f = file(b, "f.txt", "x");
        String rootEtag = root.etag(), aEtag = a.etag(), bEtag = b.etag(), fEtag = f.etag();

        tree.rename(f, "g.txt", NameClashPolicy.REJECT);

        assertThat(f.etag()).isNotEqualTo(fEtag);
        assertThat(b.etag()).isNotEqualTo(bEtag);
        assertThat(a.etag()).isEqualTo(aEtag);
        assertThat(root.etag()).isEqualTo(rootEtag);
    }

    @Test
    void ancestorPropagationMovesEveryEtagUpToTheRoot() {
        rules.etagPropagation(EtagPropagation.ANCESTORS);
        DriveItem a = folder(root, "A");
        DriveItem b = folder(a, "B");
        DriveItem f = file(b, "f.txt", "x");
        String rootEtag = root.etag(), aEtag = a.etag();

        tree.replaceContent(f, blobs.of(new byte[] {1, 2}), null);

        assertThat(a.etag()).isNotEqualTo(aEtag);
        assertThat(root.etag()).isNotEqualTo(rootEtag);
    }

    @Test
    void contentEditsChangeBothPartsOfAFileEtagAndRenamesOnlyTheFirst() {
        DriveItem f = file(root, "f.txt", "x");
        String[] before = f.etag().split("::");
        tree.rename(f, "g.txt", NameClashPolicy.REJECT);
        String[] renamed = f.etag().split("::");
        assertThat(renamed[0]).isNotEqualTo(before[0]);
        assertThat(renamed[1]).isEqualTo(before[1]);
        tree.replaceContent(f, blobs.of(new byte[] {9}), null);
        assertThat(f.etag().split("::")[1]).isNotEqualTo(before[1]);
    }

    @Test
    void folderCountersFollowTheSubtree() {
        DriveItem a = folder(root, "A");
        DriveItem b = folder(a, "B");
        file(b, "one.txt", "12345");
        DriveItem two = file(a, "two.txt", "123");
        assertThat(a.fileCount()).isEqualTo(2);
        assertThat(a.assetQuota()).isEqualTo(8);
        assertThat(a.directChildrenCount()).isEqualTo(2);
        assertThat(root.fileCount()).isEqualTo(2);

        tree.trash(b);
        assertThat(a.fileCount()).isEqualTo(1);
        assertThat(b.fileCount()).as("a trashed folder keeps counting its own subtree").isEqualTo(1);
        tree.replaceContent(two, blobs.of(new byte[10]), null);
        assertThat(root.assetQuota()).isEqualTo(10);
    }

    @Test
    void trashRoundTripRestoresWhereItWasWithANewEtag() {
        DriveItem docs = folder(root, "Docs");
        DriveItem f = file(docs, "report.pdf", "pdf");
        String etag = f.etag();

        tree.trash(f);
        assertThat(tree.isLive(f)).isFalse();
        assertThat(f.trash().restorePath()).isEqualTo("Docs/report.pdf");
        assertThat(f.trash().expiresAt()).isEqualTo(f.trash().trashedAt().plus(Duration.ofDays(30)));
        assertThat(tree.trashItems()).containsExactly(f);

        tree.putBack(f);
        assertThat(f.parent()).isSameAs(docs);
        assertThat(f.etag()).isNotEqualTo(etag);
        assertThat(tree.trashItems()).isEmpty();
    }

    @Test
    void putBackRecreatesMissingFoldersAndBouncesATakenName() {
        DriveItem docs = folder(root, "Docs");
        DriveItem f = file(docs, "a.txt", "1");
        tree.trash(f);
        tree.delete(docs);
        DriveItem again = folder(root, "Docs");
        file(again, "a.txt", "2");

        tree.putBack(f);

        assertThat(f.parent()).isSameAs(again);
        assertThat(f.name()).isEqualTo("a 2.txt");
    }

    @Test
    void trashExpiresOnTheFakeClock() {
        DriveItem f = file(root, "old.txt", "x");
        tree.trash(f);
        clock.advance(Duration.ofDays(29));
        assertThat(tree.purgeExpiredTrash()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(tree.purgeExpiredTrash()).isEqualTo(1);
        assertThat(f.deleted()).isTrue();
        assertThat(f.etag()).isEqualTo("null");
        assertThat(tree.find(DriveTree.CLOUD_DOCS, f.docwsid())).isNull();
    }

    @Test
    void deletingAFolderDeletesItsSubtree() {
        DriveItem a = folder(root, "A");
        DriveItem f = file(a, "f.txt", "x");
        tree.delete(a);
        assertThat(f.deleted()).isTrue();
        assertThat(root.fileCount()).isZero();
    }

    @Test
    void namesClashCaseInsensitivelyAndAfterNfcNormalisation() {
        file(root, "Report.PDF", "x");
        assertThatThrownBy(() -> file(root, "report.pdf", "y")).isInstanceOf(TreeConflict.class);
        folder(root, "Caf\u00e9");
        assertThatThrownBy(() -> folder(root, "Cafe\u0301")).isInstanceOf(TreeConflict.class);

        rules.caseInsensitive(false).unicodeNormalized(false);
        assertThat(file(root, "report.pdf", "y").name()).isEqualTo("report.pdf");
        assertThat(folder(root, "Cafe\u0301").name()).isEqualTo("Cafe\u0301");
    }

    @Test
    void autoRenameFollowsThePattern() {
        file(root, "report.pdf", "1");
        DriveItem second = tree.addFile(root, "report.pdf", new DriveTree.FileVersion(blobs.of(new byte[1]), false, null, null),
                NameClashPolicy.AUTO_RENAME);
        DriveItem third = tree.addFile(root, "REPORT.pdf", new DriveTree.FileVersion(blobs.of(new byte[1]), false, null, null),
                NameClashPolicy.AUTO_RENAME);
        assertThat(second.name()).isEqualTo("report 2.pdf");
        assertThat(third.name()).isEqualTo("REPORT 3.pdf");
        rules.autoRenamePattern("{name} ({n}){ext}");
        assertThat(folder(root, "x").name()).isEqualTo("x");
        assertThat(tree.createFolder(root, "x", NameClashPolicy.AUTO_RENAME).name()).isEqualTo("x (2)");
        assertThatThrownBy(() -> rules.autoRenamePattern("{name}")).hasMessageContaining("{n}");
    }

    @Test
    void aCaseOnlyRenameOfTheSameItemIsAllowed() {
        DriveItem f = file(root, "a.txt", "x");
        tree.rename(f, "A.txt", NameClashPolicy.REJECT);
        assertThat(f.name()).isEqualTo("A.txt");
    }

    @Test
    void movesAcrossZonesOrIntoThemselvesAreRefused() {
        DriveItem a = folder(root, "A");
        DriveItem b = folder(a, "B");
        DriveItem pages = tree.zone("com.apple.Pages").root();
        assertThatThrownBy(() -> tree.move(a, pages, NameClashPolicy.REJECT))
                .isInstanceOfSatisfying(TreeConflict.class, c -> assertThat(c.reason()).isEqualTo(TreeConflict.Reason.CROSS_ZONE));
        assertThatThrownBy(() -> tree.move(a, b, NameClashPolicy.REJECT))
                .isInstanceOfSatisfying(TreeConflict.class, c -> assertThat(c.reason()).isEqualTo(TreeConflict.Reason.INTO_ITSELF));
    }

    @Test
    void moveBumpsBothParents() {
        DriveItem a = folder(root, "A");
        DriveItem b = folder(root, "B");
        DriveItem f = file(a, "f.txt", "x");
        String aEtag = a.etag(), bEtag = b.etag();
        tree.move(f, b, NameClashPolicy.REJECT);
        assertThat(a.etag()).isNotEqualTo(aEtag);
        assertThat(b.etag()).isNotEqualTo(bEtag);
        assertThat(tree.path(f)).isEqualTo("B/f.txt");
    }

    @Test
    void namesSplitAtTheLastDotExceptLeadingAndTrailingDots() {
        assertThat(NameRules.split(rules, "a.tar.gz", false)).isEqualTo(new NameRules.Split("a.tar", "gz"));
        assertThat(NameRules.split(rules, ".bashrc", false)).isEqualTo(new NameRules.Split(".bashrc", null));
        assertThat(NameRules.split(rules, "notes.", false)).isEqualTo(new NameRules.Split("notes.", null));
        assertThat(NameRules.split(rules, "photos.2024", true)).isEqualTo(new NameRules.Split("photos.2024", null));
        rules.foldersCarryExtension(true);
        assertThat(NameRules.split(rules, "photos.2024", true)).isEqualTo(new NameRules.Split("photos", "2024"));
    }

    @Test
    void hostileNamesCanBeHeld() {
        assertThat(folder(root, "..").name()).isEqualTo("..");
        assertThat(file(root, "a/b", "x").name()).isEqualTo("a/b");
        assertThat(file(root, "bell\u0007", "x").name()).isEqualTo("bell\u0007");
        assertThat(NameRules.serviceNameProblem("a/b")).contains("'/'");
    }

    @Test
    void addingAnAppLibraryBumpsTheDriveRoot() {
        String before = root.etag();
        tree.addAppLibrary(new AppLibrary("iCloud.com.example.notes", "Notes", java.util.List.of(), java.util.List.of()));
        assertThat(root.etag()).isNotEqualTo(before);
        assertThat(tree.zone("iCloud.com.example.notes").root().drivewsid()).isEqualTo("FOLDER::iCloud.com.example.notes::documents");
    }
}
