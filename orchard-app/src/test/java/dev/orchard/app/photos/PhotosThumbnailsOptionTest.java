package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** --photos-thumbnails: on by default, off by flag, environment or config file like every photos option. */
class PhotosThumbnailsOptionTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.empty().account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .setup(f -> f.photos().generate(6)));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static Map<String, String> env(String library) {
        Map<String, String> env = new HashMap<>();
        env.put("ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl());
        env.put("ORCHARD_USERNAME", FakeConfig.DEMO_APPLE_ID);
        env.put("ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD);
        env.put("ORCHARD_STATE_DIR", dir.resolve("state-" + library).toString());
        env.put("ORCHARD_PHOTOS_DIR", dir.resolve(library).toString());
        env.put("ORCHARD_MFA_PORT", "-1");
        env.put("HOME", dir.toString());
        return env;
    }

    @Test
    void onByDefaultAndCountedInTheSummary() {
        CliRun r = CliRun.run(env("on"), dir, "photos", "sync");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).containsPattern("Previews: +\\d+ \\(iCloud's thumbnails and previews");
        assertThat(dir.resolve("on/.orchard/derivatives/thumb")).isDirectory();
        assertThat(dir.resolve("on/.orchard/derivatives/med")).isDirectory();
    }

    @Test
    void offByFlagOrEnvironmentOrConfig() throws Exception {
        CliRun flag = CliRun.run(env("flag"), dir, "photos", "sync", "--no-photos-thumbnails");
        assertThat(flag.exit).as(flag.toString()).isZero();
        assertThat(flag.out).doesNotContain("Previews:");
        assertThat(dir.resolve("flag/.orchard/derivatives")).doesNotExist();

        Map<String, String> env = env("env");
        env.put("ORCHARD_PHOTOS_THUMBNAILS", "false");
        assertThat(CliRun.run(env, dir, "photos", "sync").exit).isZero();
        assertThat(dir.resolve("env/.orchard/derivatives")).doesNotExist();

        Path config = dir.resolve("config");
        Files.writeString(config, "photos-thumbnails = false\n");
        Map<String, String> withConfig = env("config");
        withConfig.put("ORCHARD_CONFIG", config.toString());
        CliRun c = CliRun.run(withConfig, dir, "photos", "sync");
        assertThat(c.exit).as(c.toString()).isZero();
        assertThat(dir.resolve("config/.orchard/derivatives")).doesNotExist();
    }
}
