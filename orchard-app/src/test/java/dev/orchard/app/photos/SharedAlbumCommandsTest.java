package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.sharedstreams.SharedAlbum;
import dev.orchard.fake.sharedstreams.SharedStreams;
import dev.orchard.fake.sharedstreams.SharedStreamsDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SharedAlbumCommandsTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;
    static List<SharedAlbum> albums;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.empty().account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .setup(f -> f.photos().generate(5)));
        albums = SharedStreamsDemo.seed(fake.sharedStreams(), fake.photos().defaultAccount());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static Map<String, String> env(String library) {
        Map<String, String> env = new HashMap<>(Map.of("ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl(),
                "ORCHARD_USERNAME", FakeConfig.DEMO_APPLE_ID, "ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD,
                "ORCHARD_STATE_DIR", dir.resolve("state").toString(), "ORCHARD_MFA_PORT", "-1", "HOME", dir.toString()));
        env.put("ORCHARD_PHOTOS_DIR", dir.resolve(library).toString());
        return env;
    }

    @Test
    void photosSyncKeepsSharedAlbumsUnlessTurnedOff() {
        CliRun r = CliRun.run(env("all"), dir, "photos", "sync");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("Shared Albums: 3 shared albums (0 unchanged), 7 new files");
        assertThat(dir.resolve("all/Shared Albums/Grandma's Garden/IMG_2001.JPG")).isRegularFile();
        CliRun again = CliRun.run(env("all"), dir, "photos", "sync");
        assertThat(again.out).as(again.toString()).contains("3 shared albums (3 unchanged), 0 new files", "1 request.");

        CliRun off = CliRun.run(env("off"), dir, "photos", "sync", "--no-photos-shared-albums");
        assertThat(off.exit).as(off.toString()).isZero();
        assertThat(dir.resolve("off/Shared Albums")).doesNotExist();

        CliRun one = CliRun.run(env("one"), dir, "photos", "sync", "--photos-shared-album", "Grandma's Garden");
        assertThat(one.exit).as(one.toString()).isZero();
        assertThat(dir.resolve("one/Shared Albums/Grandma's Garden")).isDirectory();
        assertThat(dir.resolve("one/Shared Albums/Summer at the Lake")).doesNotExist();
    }

    @Test
    void aPublicLinkIsBackedUpWithoutAnAccountAndVerified() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl());
        Path target = dir.resolve("link");
        CliRun r = CliRun.run(env, dir, "photos", "shared-album", SharedStreams.publicLink(albums.get(0)),
                "--photos-dir", target.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("1 shared album (0 unchanged), 3 new files");
        try (Stream<Path> s = Files.list(target.resolve("Shared Albums/Summer at the Lake"))) {
            assertThat(s.toList()).hasSize(3);
        }
        CliRun verify = CliRun.run(env, dir, "photos", "verify", "--photos-dir", target.toString());
        assertThat(verify.exit).as(verify.toString()).isZero();
    }

    @Test
    void aBadLinkGetsOneClearLine() {
        CliRun r = CliRun.run(Map.of("HOME", dir.toString()), dir, "photos", "shared-album", "https://example.com/../x",
                "--photos-dir", dir.resolve("bad").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).contains("not a shared album link").doesNotContain("\n").doesNotContain("Exception");
    }
}
