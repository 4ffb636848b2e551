package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@GeneratedLibraryCliTest.Assets(30)
class PhotosAdoptCommandTest extends GeneratedLibraryCliTest {
    @Test
    void adoptsAnotherToolsFolderSoTheNextSyncDownloadsNothing() throws IOException {
        CliRun ref = CliRun.run(env("ref"), dir, "photos", "sync", "--no-photos-thumbnails");
        assertThat(ref.exit).as(ref.toString()).isZero();
        Path tree = dir.resolve("icloudpd");
        copyFiles(dir.resolve("ref/Photos"), tree);
        Files.write(tree.resolve("notes.txt"), new byte[]{1, 2, 3});

        CliRun dry = CliRun.run(env("lib"), dir, "photos", "adopt", tree.toString(), "--dry-run",
                "--no-photos-thumbnails");
        assertThat(dry.exit).as(dry.toString()).isZero();
        assertThat(dry.out).contains("Dry run: would adopt ", "Not downloaded again: ");
        CliRun adopt = CliRun.run(env("lib"), dir, "photos", "adopt", tree.toString(),
                "--no-photos-thumbnails");
        assertThat(adopt.exit).as(adopt.toString()).isZero();
        assertThat(adopt.out).contains("Adopted ", "moved into the library", "1 Matching nothing", "notes.txt");

        fake.stats().reset();
        CliRun sync = CliRun.run(env("lib"), dir, "photos", "sync", "--no-photos-thumbnails");
        assertThat(sync.exit).as(sync.toString()).isZero();
        assertThat(fake.stats().count(ServiceGroup.CDN)).isEqualTo(shared(dir.resolve("ref")));
        assertThat(CliRun.run(env("lib"), dir, "photos", "verify").exit).isZero();
    }

    @Test
    void aFolderThatIsNotThereIsOneLineOnStderr() {
        CliRun r = CliRun.run(env("lib2"), dir, "photos", "adopt", dir.resolve("nowhere").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).contains("is not a folder").doesNotContain("\n");
    }

    /** Files of the shared library (not in the copied tree), which the sync still downloads. */
    private static long shared(Path library) throws IOException {
        Path s = library.resolve("Shared Library");
        if (!Files.isDirectory(s)) return 0;
        try (Stream<Path> files = Files.walk(s)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
