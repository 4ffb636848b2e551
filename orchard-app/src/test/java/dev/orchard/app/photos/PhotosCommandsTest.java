package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PhotosCommandsTest extends GeneratedLibraryCliTest {
    /** The environment that points the CLI at {@code fake} with a library folder {@code library} below {@code dir}. */
    static Map<String, String> env(FakeICloud fake, Path dir, String library) {
        Map<String, String> env = new HashMap<>();
        env.put("ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl());
        env.put("ORCHARD_USERNAME", FakeConfig.DEMO_APPLE_ID);
        env.put("ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD);
        env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());
        env.put("ORCHARD_PHOTOS_DIR", dir.resolve(library).toString());
        env.put("ORCHARD_MFA_PORT", "-1");
        env.put("HOME", dir.toString());
        return env;
    }

    @Test
    void syncThenANoChangeSyncThenVerifyAndRepair() throws Exception {
        CliRun first = CliRun.run(env("lib"), dir, "photos", "sync");
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(first.out).contains("Sync finished", "every one verified against iCloud's checksum", "PrimarySync: listed in full");
        Path photos = dir.resolve("lib/Photos");
        assertThat(photos).isDirectory();
        CliRun second = CliRun.run(env("lib"), dir, "photos", "sync");
        assertThat(second.out).as(second.toString()).contains("with 1 request to iCloud Photos", "PrimarySync: no changes", "Nothing to download");

        assertThat(CliRun.run(env("lib"), dir, "photos", "verify").exit).isZero();
        Path victim;
        try (Stream<Path> s = Files.walk(photos)) {
            victim = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(victim);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 1;
        Files.write(victim, bad);
        CliRun verify = CliRun.run(env("lib"), dir, "photos", "verify");
        assertThat(verify.exit).isEqualTo(1);
        assertThat(verify.out).contains("corrupt: " + dir.resolve("lib").relativize(victim), "--repair");
        CliRun repair = CliRun.run(env("lib"), dir, "photos", "verify", "--repair");
        assertThat(repair.exit).as(repair.toString()).isZero();
        assertThat(Files.readAllBytes(victim)).isEqualTo(good);
        assertThat(dir.resolve("lib/.orchard-quarantine").resolve(dir.resolve("lib").relativize(victim)))
                .as("the corrupt copy goes once the repaired one is verified").doesNotExist();
    }

    @Test
    void failedDownloadsGoToStderrWithTheirCauseAndARunOfThemStopsTheSync() {
        try {
            fake.faults().add(FaultRule.status(ServiceGroup.CDN, 401, 0, 2));
            CliRun some = CliRun.run(env("failing"), dir, "photos", "sync");
            assertThat(some.exit).as(some.toString()).isEqualTo(1);
            assertThat(some.err.lines()).as(some.toString()).hasSize(2).allSatisfy(l -> assertThat(l)
                    .startsWith("orchard: Photos/").endsWith(": the CDN answered HTTP 401"));
            assertThat(some.out).contains("FAILED: 2 file(s)").doesNotContain("Nothing to download");

            fake.faults().add(FaultRule.status(ServiceGroup.CDN, 401, 0, -1));
            CliRun all = CliRun.run(env("failing2"), dir, "photos", "sync");
            assertThat(all.exit).as(all.toString()).isEqualTo(1);
            assertThat(all.err.strip()).as(all.toString()).startsWith("orchard: iCloud's download server keeps answering HTTP 401. "
                    + "Downloads stopped after 6 files in a row failed the same way").doesNotContain("\n");
        } finally {
            fake.faults().clear();
        }
    }

    @Test
    void dryRunDownloadsNothing() {
        CliRun r = CliRun.run(env("dry"), dir, "photos", "sync", "--dry-run");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("Dry run finished", "Would download:");
        assertThat(dir.resolve("dry/Photos")).doesNotExist();
    }

    @Test
    void albumsShowsTheTreeWithCounts() {
        CliRun r = CliRun.run(env("lib2"), dir, "photos", "albums");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("Library (PrimarySync):", "Travel/", "    2024/", "Empty album  (0)", "Shared Library");
    }

    @Test
    void badSettingsAreOneLineNamingTheOption() {
        Map<String, String> env = env("bad");
        env.put("ORCHARD_PHOTOS_LAYOUT", "{yyyy}/../{name}");
        CliRun r = CliRun.run(env, dir, "photos", "sync");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).startsWith("orchard: --photos-layout: layout folders must be names")
                .endsWith("(set by environment variable ORCHARD_PHOTOS_LAYOUT)").doesNotContain("\n");
        CliRun media = CliRun.run(env("bad"), dir, "photos", "sync", "--photos-media", "photo,gif");
        assertThat(media.exit).isEqualTo(2);
        assertThat(media.err).contains("--photos-media: ").contains("unknown media type 'gif'").contains("(set on the command line)");
    }

    @Test
    void syncsThroughAppleHostNamesViaTheProxy() throws Exception {
        Path ca = dir.resolve("proxy-ca.pem");
        try (FakeICloud proxied = FakeICloud.start(FakeConfig.empty()
                .account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .proxyPort(0).caFile(ca).setup(f -> f.photos().generate(12)))) {
            Map<String, String> env = env("proxied");
            env.remove("ORCHARD_ICLOUD_ENDPOINT");
            env.put("ORCHARD_STATE_DIR", dir.resolve("proxied-state").toString());
            env.put("HTTPS_PROXY", "http://127.0.0.1:" + proxied.proxyPort());
            env.put("ORCHARD_CA_FILE", ca.toString());
            CliRun r = CliRun.run(env, dir, "photos", "sync");
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r.out).contains("every one verified against iCloud's checksum");
            try (Stream<Path> s = Files.walk(dir.resolve("proxied/Photos"))) {
                assertThat(s.filter(Files::isRegularFile).count()).isGreaterThan(10);
            }
        }
    }

    @Test
    void verifyOfAFolderThatIsNoLibraryIsAUsageError() {
        CliRun r = CliRun.run(env("nothing-here"), dir, "photos", "verify");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("is not an Orchard photo library");
    }

    @Test
    void thumbnailsAreOnByDefaultAndCountedInTheSummary() {
        CliRun r = CliRun.run(env("on"), dir, "photos", "sync");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).containsPattern("Previews: +\\d+ \\(iCloud's thumbnails and previews");
        assertThat(dir.resolve("on/.orchard/derivatives/thumb")).isDirectory();
        assertThat(dir.resolve("on/.orchard/derivatives/med")).isDirectory();
    }

    @Test
    void thumbnailsAreOffByFlagOrEnvironmentOrConfig() throws Exception {
        CliRun flag = CliRun.run(env("flag"), dir, "photos", "sync", "--no-photos-thumbnails");
        assertThat(flag.exit).as(flag.toString()).isZero();
        assertThat(flag.out).doesNotContain("Previews:");
        assertThat(dir.resolve("flag/.orchard/derivatives")).doesNotExist();

        Map<String, String> env = env("env");
        env.put("ORCHARD_PHOTOS_THUMBNAILS", "false");
        assertThat(CliRun.run(env, dir, "photos", "sync").exit).isZero();
        assertThat(dir.resolve("env/.orchard/derivatives")).doesNotExist();

        Path config = dir.resolve("thumbnails-off.conf");
        Files.writeString(config, "photos-thumbnails = false\n");
        Map<String, String> withConfig = env("config");
        withConfig.put("ORCHARD_CONFIG", config.toString());
        CliRun c = CliRun.run(withConfig, dir, "photos", "sync");
        assertThat(c.exit).as(c.toString()).isZero();
        assertThat(dir.resolve("config/.orchard/derivatives")).doesNotExist();
    }
}
