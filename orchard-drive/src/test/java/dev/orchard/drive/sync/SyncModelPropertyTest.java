package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.drive.testing.SimulatedCrash;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model-based: random interleavings of local and remote edits, renames, moves, deletions, syncs and
 * crashes. After every completed sync, every version that existed at an earlier sync point, and every
 * version a user wrote on either side, is present on a side, in a conflict copy, or in the iCloud trash,
 * unless a user overwrote it (or deleted it before it was ever synced); at the end two quiet passes leave
 * identical trees.
 */
class SyncModelPropertyTest {
    private static final String[] FOLDERS = {"", "d1", "d2", "d1/sub"};
    private static final String[] NAMES = {"a.txt", "b.txt", "c.md", "D.txt"};

    /** One step of a scenario; {@code x} and {@code y} pick among what exists when it runs. */
    record Op(Kind kind, int x, int y) {
        enum Kind { LOCAL_WRITE, REMOTE_WRITE, LOCAL_DELETE, REMOTE_DELETE, LOCAL_RENAME, REMOTE_RENAME,
            LOCAL_DELETE_FOLDER, REMOTE_TRASH_FOLDER, LOCAL_RENAME_FOLDER, SYNC, CRASHING_SYNC }
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Op.Kind.LOCAL_WRITE)),
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Op.Kind.REMOTE_WRITE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.Kind.LOCAL_DELETE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.Kind.REMOTE_DELETE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.Kind.LOCAL_RENAME)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.Kind.REMOTE_RENAME)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.Kind.LOCAL_DELETE_FOLDER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.Kind.REMOTE_TRASH_FOLDER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.Kind.LOCAL_RENAME_FOLDER)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Op.Kind.SYNC)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.Kind.CRASHING_SYNC))
        ).flatMap(k -> net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 63)).as((x, y) -> new Op(k, x, y)));
        return op.list().ofMinSize(3).ofMaxSize(18);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
    void noVersionIsLostAndQuietPassesConverge(@ForAll("scenarios") List<Op> ops) throws IOException {
        Path dir = Files.createTempDirectory("drive-model");
        try (DriveFixture f = new DriveFixture(dir)) {
            f.options(o -> o.withForce(true));
            new Run(f).play(ops);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static final class Run {
        final DriveFixture f;
        final Set<String> mustKeep = new HashSet<>();
        final Set<String> replaced = new HashSet<>();
        final AtomicInteger versions = new AtomicInteger();

        Run(DriveFixture f) {
            this.f = f;
        }

        void play(List<Op> ops) {
            for (Op op : ops) step(op);
            f.sync();
            f.sync();
            assertThat(f.localTree()).as("two quiet passes converge").isEqualTo(f.remoteTree());
            assertThat(f.sync().planLines()).isEmpty();
            checkNothingLost();
        }

        /** A new, unique version, which from now on must not be lost. */
        private String written() {
            String v = "v" + versions.incrementAndGet();
            mustKeep.add(v);
            return v;
        }

        /** A user deleting a version iCloud has never seen gives it up; one iCloud has must go to its trash. */
        private void deletingLocally(String content) {
            if (!f.remoteTree().containsValue(content)) replaced.add(content);
        }

        private static <T> T pick(List<T> from, int i) {
            return from.get(i % from.size());
        }

        private List<String> localFiles() {
            return f.localTree().entrySet().stream().filter(e -> !e.getValue().equals("/")).map(Map.Entry::getKey).sorted().toList();
        }

        private List<String> remoteFiles() {
            return f.remoteTree().entrySet().stream().filter(e -> !e.getValue().equals("/")).map(Map.Entry::getKey).sorted().toList();
        }

        private static String slot(int x) {
            String folder = FOLDERS[x % FOLDERS.length];
            String name = NAMES[(x / FOLDERS.length) % NAMES.length];
            return folder.isEmpty() ? name : folder + "/" + name;
        }

        void step(Op op) {
            switch (op.kind()) {
                case LOCAL_WRITE -> {
                    String p = slot(op.x());
                    if (f.local.resolve(p).getParent() != null && Files.isRegularFile(f.local.resolve(p).getParent())) return;
                    if (Files.isDirectory(f.local.resolve(p))) return;
                    if (f.exists(p)) replaced.add(f.read(p));
                    f.write(p, written());
                }
                case REMOTE_WRITE -> {
                    String p = slot(op.x());
                    var item = f.remote().item(p);
                    if (item != null && item.isFolder()) return;
                    if (blockedRemotely(p)) return;
                    if (item != null) replaced.add(f.remoteRead(p));
                    f.remoteWrite(p, written());
                }
                case LOCAL_DELETE -> {
                    List<String> files = localFiles();
                    if (files.isEmpty()) return;
                    String p = pick(files, op.x());
                    deletingLocally(f.read(p));
                    f.delete(p);
                }
                case REMOTE_DELETE -> {
                    List<String> files = remoteFiles();
                    if (!files.isEmpty()) f.remote().trash(pick(files, op.x()));
                }
                case LOCAL_RENAME -> {
                    List<String> files = localFiles();
                    String to = slot(op.y());
                    if (files.isEmpty() || f.exists(to) || Files.isRegularFile(f.local.resolve(to).getParent())) return;
                    f.move(pick(files, op.x()), to);
                }
                case REMOTE_RENAME -> {
                    List<String> files = remoteFiles();
                    String to = slot(op.y());
                    if (files.isEmpty() || f.remote().item(to) != null || blockedRemotely(to)) return;
                    String from = pick(files, op.x());
                    String toFolder = to.contains("/") ? to.substring(0, to.lastIndexOf('/')) : "";
                    String fromFolder = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
                    String name = to.substring(to.lastIndexOf('/') + 1);
                    String fromName = from.substring(from.lastIndexOf('/') + 1);
                    if (!toFolder.equals(fromFolder)) {
                        if (f.remote().item(toFolder.isEmpty() ? fromName : toFolder + "/" + fromName) != null) return;
                        f.remote().move(from, toFolder);
                        from = toFolder.isEmpty() ? fromName : toFolder + "/" + fromName;
                    }
                    if (!name.equals(fromName)) f.remote().rename(from, name);
                }
                case LOCAL_DELETE_FOLDER -> {
                    String d = FOLDERS[1 + op.x() % (FOLDERS.length - 1)];
                    if (!Files.isDirectory(f.local.resolve(d))) return;
                    f.localTree().forEach((path, content) -> {
                        if (path.startsWith(d + "/") && !content.equals("/")) deletingLocally(content);
                    });
                    f.delete(d);
                }
                case REMOTE_TRASH_FOLDER -> {
                    String d = FOLDERS[1 + op.x() % (FOLDERS.length - 1)];
                    var item = f.remote().item(d);
                    if (item != null && item.isFolder()) f.remote().trash(d);
                }
                case LOCAL_RENAME_FOLDER -> {
                    String d = FOLDERS[1 + op.x() % (FOLDERS.length - 1)];
                    String to = FOLDERS[1 + op.y() % (FOLDERS.length - 1)];
                    if (d.equals(to) || to.startsWith(d + "/") || !Files.isDirectory(f.local.resolve(d)) || f.exists(to)) return;
                    if (Files.isRegularFile(f.local.resolve(to).getParent())) return;
                    f.move(d, to);
                }
                case SYNC -> {
                    f.sync();
                    syncPoint();
                }
                case CRASHING_SYNC -> {
                    SyncHooks.Step at = SyncHooks.Step.values()[op.x() % SyncHooks.Step.values().length];
                    int nth = 1 + op.y() % 3;
                    AtomicInteger seen = new AtomicInteger();
                    f.hooks = (s, path) -> {
                        if (s == at && seen.incrementAndGet() == nth) throw new SimulatedCrash("after " + s);
                    };
                    try {
                        f.sync();
                        syncPoint();
                    } catch (SimulatedCrash crashed) {
                        f.restart();
                    } finally {
                        f.hooks = SyncHooks.NONE;
                    }
                }
            }
        }

        /** Whether a folder on the way to {@code path} is a file in iCloud. */
        private boolean blockedRemotely(String path) {
            String[] parts = path.split("/");
            StringBuilder at = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                if (!at.isEmpty()) at.append('/');
                at.append(parts[i]);
                var item = f.remote().item(at.toString());
                if (item != null && item.isFile()) return true;
            }
            return false;
        }

        private void syncPoint() {
            checkNothingLost();
            mustKeep.addAll(f.localTree().values());
            mustKeep.addAll(f.remoteTree().values());
            mustKeep.remove("/");
        }

        private void checkNothingLost() {
            Set<String> somewhere = new HashSet<>(f.localTree().values());
            somewhere.addAll(f.remoteTree().values());
            somewhere.addAll(f.remoteTrashContents());
            List<String> lost = new ArrayList<>();
            for (String v : mustKeep) if (!replaced.contains(v) && !somewhere.contains(v)) lost.add(v);
            assertThat(lost).as("versions lost").isEmpty();
        }
    }
}
