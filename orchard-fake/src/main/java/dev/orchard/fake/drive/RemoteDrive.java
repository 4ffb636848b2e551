package dev.orchard.fake.drive;

import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.drive.content.Blob;
import dev.orchard.fake.drive.content.PackageZip;
import dev.orchard.fake.drive.tree.DriveId;
import dev.orchard.fake.drive.tree.DriveItem;
import dev.orchard.fake.drive.tree.DriveTree;
import dev.orchard.fake.drive.tree.DriveZone;
import dev.orchard.fake.drive.tree.NameClashPolicy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One account's Drive as "another device" changes it: by path, in one zone (the Drive itself unless
 * {@link #zone(String)} says otherwise). Every change takes effect at once and bumps etags like a real one,
 * so tests and users can move the remote tree under a running sync. Bad input throws
 * {@link IllegalArgumentException} with one line saying what was wrong.
 */
public final class RemoteDrive {
    /** One item of {@link #list()}: what tests compare with a local tree. {@code sha256} null for folders. */
    public record Entry(String path, String type, long size, String sha256, String etag, String drivewsid, Instant modified) {
    }

    private final FakeDrive drive;
    private final FakeAccount account;
    private final DriveTree tree;
    private final String zone;

    public RemoteDrive(FakeDrive drive, FakeAccount account, DriveTree tree, String zone) {
        this.drive = drive;
        this.account = account;
        this.tree = tree;
        this.zone = zone;
    }

    public FakeAccount account() { return account; }
    public DriveTree tree() { return tree; }

    /** The same Drive, addressing another zone, e.g. {@code com.apple.Pages}. */
    public RemoteDrive zone(String id) {
        if (tree.zone(id) == null) {
            List<String> known = new ArrayList<>(List.of(DriveTree.CLOUD_DOCS));
            tree.appLibraries().forEach(z -> known.add(z.id()));
            throw new IllegalArgumentException("no zone " + id + " (known: " + String.join(", ", known) + ")");
        }
        return new RemoteDrive(drive, account, tree, id);
    }

    private DriveZone z() {
        return tree.zone(zone);
    }

    /** The live item at {@code path} ("" is the zone root), or null. */
    public DriveItem item(String path) {
        return tree.resolve(z(), path);
    }

    public DriveItem require(String path) {
        DriveItem item = item(path);
        if (item == null) throw new IllegalArgumentException("no item at '" + path + "' in " + zone);
        return item;
    }

    /** Creates the folder and any missing parents. */
    public DriveItem createFolder(String path) {
        synchronized (tree) {
            if (item(path) != null) throw new IllegalArgumentException("'" + path + "' exists already in " + zone);
            return mkdirs(path);
        }
    }

    /** Creates a folder with exactly {@code name}, which may be hostile ("..", control characters, even "/"). */
    public DriveItem createFolderNamed(String parentPath, String name) {
        synchronized (tree) {
            return tree.createFolder(mkdirs(parentPath), requireName(name), NameClashPolicy.REJECT);
        }
    }

    public DriveItem createFile(String path, byte[] content) {
        return createFile(path, drive.blobs().of(content), false, null);
    }

    public DriveItem createFile(String path, byte[] content, Instant modified) {
        return createFile(path, drive.blobs().of(content), false, modified);
    }

    /** A file of {@code size} reproducible bytes drawn from {@code seed}, stored as nothing but the seed. */
    public DriveItem createGeneratedFile(String path, long size, long seed, Instant modified) {
        return createFile(path, drive.blobs().generated(seed, size), false, modified);
    }

    /** A package item ({@code .pages}, {@code .key}, ...) whose content is a ZIP of {@code files}. */
    public DriveItem createPackage(String path, Map<String, byte[]> files, Instant modified) {
        return createFile(path, write(PackageZip.of(files)), true, modified);
    }

    /** A file whose content comes from {@code in}, streamed to storage. */
    public DriveItem createFile(String path, InputStream in, Instant modified) {
        try {
            return createFile(path, drive.blobs().put(in), false, modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content for " + path, e);
        }
    }

    public DriveItem createFile(String path, Blob content, boolean isPackage, Instant modified) {
        int slash = path.lastIndexOf('/');
        return createFileNamed(slash < 0 ? "" : path.substring(0, slash), path.substring(slash + 1), content, isPackage, modified);
    }

    /** Creates a file with exactly {@code name} (see {@link #createFolderNamed}), and missing parent folders. */
    public DriveItem createFileNamed(String parentPath, String name, Blob content, boolean isPackage, Instant modified) {
        synchronized (tree) {
            DriveItem parent = mkdirs(parentPath);
            return tree.addFile(parent, requireName(name),
                    new DriveTree.FileVersion(content, isPackage, modified, modified), NameClashPolicy.REJECT);
        }
    }

    /** New content, a new content etag and dateModified, as another device saving the file would cause. */
    public DriveItem editFile(String path, byte[] content, Instant modified) {
        return editFile(path, drive.blobs().of(content), modified);
    }

    public DriveItem editFile(String path, Blob content, Instant modified) {
        synchronized (tree) {
            DriveItem file = require(path);
            if (!file.isFile()) throw new IllegalArgumentException("'" + path + "' is a folder, not a file");
            if (drive.settings().editKeepsDocwsid()) {
                tree.replaceContent(file, content, modified);
                return file;
            }
            DriveItem parent = file.parent();
            String name = file.name();
            boolean isPackage = file.isPackage();
            Instant created = file.created();
            tree.delete(file);
            return tree.addFile(parent, name, new DriveTree.FileVersion(content, isPackage, modified, created),
                    NameClashPolicy.REJECT);
        }
    }

    public DriveItem rename(String path, String newName) {
        synchronized (tree) {
            DriveItem item = require(path);
            tree.rename(item, requireName(newName), NameClashPolicy.REJECT);
            return item;
        }
    }

    /** Moves the item into the folder at {@code folderPath} (created if missing). */
    public DriveItem move(String path, String folderPath) {
        synchronized (tree) {
            DriveItem item = require(path);
            tree.move(item, mkdirs(folderPath), NameClashPolicy.REJECT);
            return item;
        }
    }

    public DriveItem trash(String path) {
        synchronized (tree) {
            DriveItem item = require(path);
            tree.trash(item);
            return item;
        }
    }

    /** Puts back the trashed item named by its drivewsid or its restore path. */
    public DriveItem putBack(String drivewsidOrRestorePath) {
        synchronized (tree) {
            DriveItem item = trashed(drivewsidOrRestorePath);
            tree.putBack(item);
            return item;
        }
    }

    /** Deletes for good: a live item by path, or a trashed one by drivewsid or restore path. */
    public void purge(String pathOrDrivewsid) {
        synchronized (tree) {
            DriveItem live = pathOrDrivewsid.contains("::") ? null : item(pathOrDrivewsid);
            tree.delete(live != null ? live : trashed(pathOrDrivewsid));
        }
    }

    /** Deletes everything in the trash (of every zone); returns how many top items went. */
    public int emptyTrash() {
        synchronized (tree) {
            List<DriveItem> all = tree.trashItems();
            all.forEach(tree::delete);
            return all.size();
        }
    }

    /** The content of the file at {@code path}. */
    public byte[] read(String path) {
        DriveItem file = require(path);
        if (!file.isFile()) throw new IllegalArgumentException("'" + path + "' is a folder, not a file");
        try (InputStream in = file.content().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every live item of the zone, depth first in listing order, with content hashes. */
    public List<Entry> list() {
        synchronized (tree) {
            List<Entry> out = new ArrayList<>();
            walk(z().root(), "", out);
            return out;
        }
    }

    /** Top items of the trash in this zone, with their restore paths as paths. */
    public List<Entry> listTrash() {
        synchronized (tree) {
            return tree.trashItems().stream().filter(i -> i.zone().id().equals(zone))
                    .map(i -> entry(i, i.trash().restorePath())).toList();
        }
    }

    private void walk(DriveItem folder, String prefix, List<Entry> out) {
        for (DriveItem c : tree.children(folder)) {
            String path = prefix.isEmpty() ? c.name() : prefix + "/" + c.name();
            out.add(entry(c, path));
            if (c.isFolder()) walk(c, path, out);
        }
    }

    private static Entry entry(DriveItem i, String path) {
        String type = i.isFolder() ? "FOLDER" : i.isPackage() ? "PACKAGE" : "FILE";
        return new Entry(path, type, i.isFile() ? i.size() : i.assetQuota(), i.isFile() ? i.content().sha256() : null,
                i.etag(), i.drivewsid(), i.isFile() ? i.modified() : i.created());
    }

    private DriveItem trashed(String drivewsidOrRestorePath) {
        DriveId id = DriveId.parse(drivewsidOrRestorePath);
        for (DriveItem i : tree.trashItems()) {
            boolean byId = i.zone().id().equals(id.zone()) && i.docwsid().equals(id.docwsid()) && id.type() != null;
            boolean byPath = i.zone().id().equals(zone) && i.trash().restorePath().equals(drivewsidOrRestorePath);
            if (byId || byPath) return i;
        }
        throw new IllegalArgumentException("nothing in the trash is '" + drivewsidOrRestorePath + "' (give a drivewsid or a restore path)");
    }

    private DriveItem mkdirs(String path) {
        DriveItem at = z().root();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            DriveItem next = tree.childNamed(at, segment);
            if (next == null) {
                next = tree.createFolder(at, segment, NameClashPolicy.REJECT);
            } else if (!next.isFolder()) {
                throw new IllegalArgumentException("'" + segment + "' in '" + path + "' is a file, not a folder");
            }
            at = next;
        }
        return at;
    }

    private Blob write(dev.orchard.fake.drive.content.BlobStore.ContentWriter writer) {
        try {
            return drive.blobs().write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store package content", e);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a name must not be empty");
        return name;
    }
}
