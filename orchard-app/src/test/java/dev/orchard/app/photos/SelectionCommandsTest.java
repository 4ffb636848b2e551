package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The selection options of the photos commands as a person meets them: flags, environment, config file, errors. */
class SelectionCommandsTest extends GeneratedLibraryCliTest {
    @Test
    void anUnknownAlbumIsAUsageErrorNamingTheClosestAlbums() {
        CliRun r = CliRun.run(env("nope"), dir, "photos", "sync", "--photos-album", "Nope");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("orchard: --photos-album: no album or folder 'Nope'; closest: ")
                .endsWith("(set on the command line)").doesNotContain("\n");
        assertThat(dir.resolve("nope/Photos")).doesNotExist();

        Map<String, String> env = env("nope");
        env.put("ORCHARD_PHOTOS_EXCLUDE_ALBUM", "Nope");
        CliRun excluded = CliRun.run(env, dir, "photos", "sync");
        assertThat(excluded.exit).as(excluded.toString()).isEqualTo(2);
        assertThat(excluded.err.strip()).startsWith("orchard: --photos-exclude-album: no album or folder 'Nope'")
                .endsWith("(set by environment variable ORCHARD_PHOTOS_EXCLUDE_ALBUM)");
    }

    @Test
    void badValuesAreOneLineNamingTheOptionAndWhereItCameFrom() throws Exception {
        CliRun live = CliRun.run(env("bad"), dir, "photos", "sync", "--photos-live", "sideways");
        assertThat(live.exit).isEqualTo(2);
        assertThat(live.err.strip()).isEqualTo("orchard: --photos-live: must be both, image or video, got 'sideways' (set on the command line)");

        Path config = dir.resolve("bad.conf");
        Files.writeString(config, "photos-from = 30x\n");
        Map<String, String> env = env("bad");
        env.put("ORCHARD_CONFIG", config.toString());
        CliRun from = CliRun.run(env, dir, "photos", "sync");
        assertThat(from.exit).isEqualTo(2);
        assertThat(from.err.strip()).startsWith("orchard: --photos-from must be a day like 2024-05-31 or an age like 30d")
                .contains("(set by ").doesNotContain("\n");

        Map<String, String> glob = env("bad");
        glob.put("ORCHARD_PHOTOS_EXCLUDE", "*.AAE,Photos/*.JPG");
        CliRun g = CliRun.run(glob, dir, "photos", "sync");
        assertThat(g.exit).isEqualTo(2);
        assertThat(g.err.strip()).startsWith("orchard: --photos-exclude: 'Photos/*.JPG' is not a file name pattern")
                .endsWith("(set by environment variable ORCHARD_PHOTOS_EXCLUDE)");
    }

    @Test
    void optionsComeFromConfigAndEnvironmentAndTheSummarySaysWhatWasLeftOut() throws Exception {
        Path config = dir.resolve("selection.conf");
        Files.writeString(config, "photos-smart-albums = false\nphotos-exclude = *.MOV\n");
        Map<String, String> env = env("chosen");
        env.put("ORCHARD_CONFIG", config.toString());
        env.put("ORCHARD_PHOTOS_LIVE", "image");
        CliRun r = CliRun.run(env, dir, "photos", "sync", "--photos-from", "100y");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("Left out:", "hidden (--photos-hidden keeps them)", "in Recently Deleted");
        assertThat(dir.resolve("chosen/Albums/Smart Albums")).doesNotExist();
        try (Stream<Path> s = Files.walk(dir.resolve("chosen/Photos"))) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .isNotEmpty().noneMatch(n -> n.toUpperCase().endsWith(".MOV"));
        }

        CliRun smart = CliRun.run(env("smart"), dir, "photos", "sync");
        assertThat(smart.exit).as(smart.toString()).isZero();
        assertThat(dir.resolve("smart/Albums/Smart Albums/Favourites")).isDirectory();
        CliRun verify = CliRun.run(env("smart"), dir, "photos", "verify");
        assertThat(verify.out).containsPattern("\\d+ of \\d+ files checked").doesNotContain("assets listed");
    }
}
