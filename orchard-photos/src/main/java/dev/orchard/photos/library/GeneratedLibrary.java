package dev.orchard.photos.library;

import dev.orchard.icloud.photos.model.Album;
import dev.orchard.icloud.photos.model.Asset;
import dev.orchard.icloud.photos.model.Master;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.photos.state.FileRecord;
import dev.orchard.photos.state.FileState;
import dev.orchard.photos.state.StateDb;
import dev.orchard.photos.state.Stores;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a library folder as a sync would leave it, without iCloud: for tests and benchmarks of the web
 * library. Asset {@code i} is taken {@code i} × 7 hours before 2026-01-01; every 10th is a video, every 7th a
 * Live Photo, every 5th a favourite; albums include a folder and hostile names. Photos are small real JPEGs,
 * with JPEG renditions under .orchard/derivatives when {@code derivatives} is set.
 */
public final class GeneratedLibrary {
    public static final String ZONE = "PrimarySync";
    public static final long NEWEST = 1767225600000L; // 2026-01-01T00:00:00Z
    public static final long STEP = 7 * 3600_000L;
    private static final Map<Integer, byte[]> JPEGS = new HashMap<>();

    private GeneratedLibrary() {
    }

    public static void write(Path root, int assets, boolean derivatives) {
        LibraryPaths paths = new LibraryPaths(root);
        try {
            Files.createDirectories(paths.state());
            try (StateDb db = StateDb.open(paths.database(), false)) {
                Stores s = Stores.of(db);
                db.txRun(d -> {
                    s.albums().put(ZONE, new Album("folder-travel", "Travel", Album.FOLDER, null, 1, false));
                    s.albums().put(ZONE, new Album("album-rome", "Rome", Album.ALBUM, "folder-travel", 1, false));
                    s.albums().put(ZONE, new Album("album-paris", "Paris", Album.ALBUM, "folder-travel", 2, false));
                    s.albums().put(ZONE, new Album("album-family", "Family", Album.ALBUM, null, 2, false));
                    s.albums().put(ZONE, new Album("album-hostile", "<img src=x onerror=alert(1)>", Album.ALBUM, null, 3, false));
                    s.albums().put(ZONE, new Album("album-dots", "../../etc", Album.ALBUM, null, 4, false));
                });
                for (int start = 0; start < assets; start += 2000) {
                    int from = start;
                    db.txRun(d -> {
                        for (int i = from; i < Math.min(assets, from + 2000); i++) add(paths, s, i, derivatives);
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String assetId(int i) {
        return "asset-" + i;
    }

    public static long taken(int i) {
        return NEWEST - (i + 1) * STEP;
    }

    private static void add(LibraryPaths paths, Stores s, int i, boolean derivatives) throws java.sql.SQLException {
        boolean video = i % 10 == 3;
        boolean live = !video && i % 7 == 5;
        String name = (video ? "MOV_" : "IMG_") + String.format("%05d", i) + (video ? ".MOV" : ".JPG");
        String type = video ? "com.apple.quicktime-movie" : "public.jpeg";
        byte[] jpeg = jpeg(i % 6);
        long size = video ? 4096 : jpeg.length;
        Map<ResourceRole, Resource> res = new HashMap<>();
        res.put(ResourceRole.ORIGINAL, new Resource(ResourceRole.ORIGINAL, "ck-" + i, size, type, null));
        if (live) res.put(ResourceRole.LIVE_VIDEO, new Resource(ResourceRole.LIVE_VIDEO, "ckv-" + i, 2048, "com.apple.quicktime-movie", null));
        String master = "master-" + i;
        s.assets().putMaster(ZONE, new Master(master, ZONE, name, type, video ? 2 : 1, "t1", res));
        long taken = taken(i);
        s.assets().putAsset(ZONE, new Asset(assetId(i), ZONE, master, "t1", taken, taken, 3600, i % 5 == 0, false, false,
                live ? 2 : 0, null, 0, null, Map.of()), 1);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(taken / 1000 + 3600, 0, java.time.ZoneOffset.UTC);
        String folder = LibraryPaths.PHOTOS + "/" + local.getYear() + "/" + String.format("%02d", local.getMonthValue()) + "/";
        put(paths, s, i, ResourceRole.ORIGINAL, folder + name, "ck-" + i, video ? new byte[4096] : jpeg);
        if (live) put(paths, s, i, ResourceRole.LIVE_VIDEO, folder + name.replace(".JPG", ".MOV"), "ckv-" + i, new byte[2048]);
        String album = i % 3 == 0 ? "album-rome" : i % 3 == 1 ? "album-paris" : i % 11 == 2 ? "album-hostile" : "album-family";
        s.albums().addMember(ZONE, album, assetId(i));
        if (derivatives) {
            for (String kind : List.of("thumb", "med")) {
                Path p = paths.derivative(ZONE, assetId(i), kind);
                write(p, jpeg);
            }
        }
    }

    private static void put(LibraryPaths paths, Stores s, int i, ResourceRole role, String path, String checksum, byte[] bytes)
            throws java.sql.SQLException {
        write(paths.resolve(path), bytes);
        s.files().claim(new FileRecord(path, ZONE, assetId(i), role, checksum, bytes.length, FileState.PRESENT, true, null));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized byte[] jpeg(int shade) {
        return JPEGS.computeIfAbsent(shade, k -> {
            BufferedImage img = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.getHSBColor(k / 6f, 0.5f, 0.8f));
            g.fillRect(0, 0, 96, 64);
            g.setColor(Color.WHITE);
            g.fillOval(30, 14, 36, 36);
            g.dispose();
            return Jpegs.encode(img);
        });
    }

    /** Marks asset {@code i} archived (and gone from iCloud when {@code left}), as the archive engine records it. */
    public static void archive(Path root, int i, boolean left) {
        try (StateDb db = StateDb.open(new LibraryPaths(root).database(), false)) {
            db.txRun(d -> {
                d.update("INSERT OR IGNORE INTO archives(id, rule, started) VALUES(1, 'album Rome', 0)");
                d.update("INSERT OR REPLACE INTO archived_assets(zone, asset_id, archive_id, archived_at, left_icloud) VALUES(?,?,1,?,?)",
                        ZONE, assetId(i), NEWEST, left ? 1 : 0);
                if (left) d.update("UPDATE assets SET removed = 1 WHERE zone = ? AND id = ?", ZONE, assetId(i));
            });
        }
    }
}
