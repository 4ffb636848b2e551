package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** --photos-xmp and --photos-xmp-naming from the command line, the environment and the config file. */
@GeneratedLibraryCliTest.Assets(12)
class PhotosXmpOptionTest extends GeneratedLibraryCliTest {
    private static List<String> sidecars(String library) {
        try (Stream<Path> s = Files.walk(dir.resolve(library).resolve("Photos"))) {
            return s.map(Path::toString).filter(p -> p.endsWith(".xmp")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFlagWritesSidecarsAndTheSummaryCountsThem() {
        CliRun r = CliRun.run(env("flag"), dir, "photos", "sync", "--photos-xmp");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(sidecars("flag")).isNotEmpty().allMatch(p -> p.matches(".*\\.[A-Za-z0-9]+\\.xmp"));
        assertThat(r.out).containsPattern("XMP sidecars: +\\d+ written");
    }

    @Test
    void theEnvironmentAndTheConfigFileTurnThemOnWithStemNames() throws Exception {
        Map<String, String> env = env("env");
        env.put("ORCHARD_PHOTOS_XMP", "true");
        env.put("ORCHARD_PHOTOS_XMP_NAMING", "stem");
        assertThat(CliRun.run(env, dir, "photos", "sync").exit).isZero();
        assertThat(sidecars("env")).isNotEmpty().anyMatch(p -> p.endsWith("/IMG_0001.xmp"));

        Path config = dir.resolve("xmp.conf");
        Files.writeString(config, "photos-xmp = true\n");
        Map<String, String> withConfig = env("config");
        withConfig.put("ORCHARD_CONFIG", config.toString());
        CliRun c = CliRun.run(withConfig, dir, "photos", "sync");
        assertThat(c.exit).as(c.toString()).isZero();
        assertThat(sidecars("config")).isNotEmpty();
    }

    @Test
    void aBadNamingIsOneLineNamingTheOption() {
        CliRun r = CliRun.run(env("bad"), dir, "photos", "sync", "--photos-xmp", "--photos-xmp-naming", "ext2");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("orchard: --photos-xmp-naming: XMP sidecar naming must be 'full'").doesNotContain("\n");
    }
}
