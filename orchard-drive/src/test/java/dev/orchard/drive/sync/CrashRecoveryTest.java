package dev.orchard.drive.sync;

import dev.orchard.drive.report.SyncHooks;
import dev.orchard.drive.testing.DriveFixture;
import dev.orchard.drive.testing.SimulatedCrash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between any two steps of any change (safe update, download, upload, conflict, rename, deletion):
 * the next passes finish the work, the trees converge, and no version is lost.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    static Stream<Arguments> crashPoints() {
        List<Arguments> out = new ArrayList<>();
        for (SyncHooks.Step step : SyncHooks.Step.values()) {
            for (int nth = 1; nth <= 2; nth++) out.add(Arguments.of(step, nth));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "crash after {0} #{1}")
    @MethodSource("crashPoints")
    void nothingIsLostWhereverAPassDies(SyncHooks.Step step, int nth) {
        try (DriveFixture f = new DriveFixture(dir)) {
            f.write("update.txt", "base update");
            f.write("conflict.txt", "base conflict");
            f.write("gone-remote.txt", "base gone remote");
            f.write("gone-local.txt", "base gone local");
            f.write("rename-me.txt", "base rename");
            f.write("renamed-remotely.txt", "base remote rename");
            f.remoteWrite("download.txt", "base download");
            f.sync();

            f.write("update.txt", "local edit");
            f.write("conflict.txt", "mine");
            f.remoteWrite("conflict.txt", "theirs");
            f.remoteWrite("download.txt", "remote edit");
            f.write("dir/new-local.txt", "new local");
            f.remoteWrite("rdir/new-remote.txt", "new remote");
            f.remote().trash("gone-remote.txt");
            f.delete("gone-local.txt");
            f.move("rename-me.txt", "renamed.txt");
            f.remote().rename("renamed-remotely.txt", "remote-name.txt");

            AtomicInteger seen = new AtomicInteger();
            f.hooks = (s, path) -> {
                if (s == step && seen.incrementAndGet() == nth) throw new SimulatedCrash("after " + s + " at " + path);
            };
            boolean crashed = false;
            try {
                f.sync();
            } catch (SimulatedCrash expected) {
                crashed = true;
            }
            if (nth == 1) assertThat(crashed).as("the scenario reaches " + step).isTrue();
            f.hooks = SyncHooks.NONE;
            f.restart();
            f.sync();
            f.sync();

            assertThat(f.localTree()).isEqualTo(f.remoteTree());
            assertThat(f.sync().planLines()).isEmpty();
            List<String> everywhere = new ArrayList<>(f.localTree().values());
            everywhere.addAll(f.remoteTrashContents());
            everywhere.addAll(f.localTrashContents());
            assertThat(everywhere).contains("local edit", "mine", "theirs", "remote edit", "new local", "new remote",
                    "base rename", "base remote rename", "base gone remote", "base gone local", "base update");
            assertThat(f.read("update.txt")).isEqualTo("local edit");
            assertThat(f.read("download.txt")).isEqualTo("remote edit");
            assertThat(f.localTree()).doesNotContainKeys("gone-local.txt", "gone-remote.txt", "rename-me.txt")
                    .containsKeys("renamed.txt", "remote-name.txt");
        }
    }
}
