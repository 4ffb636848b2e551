package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.photos.library.Asset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PhotosArchiveCommandTest {
    static final String W1 = "AAAAAAA1-0000-4000-8000-000000000001";
    static final String W2 = "AAAAAAA2-0000-4000-8000-000000000002";
    static final String OLD = "BBBBBBB1-0000-4000-8000-000000000003";
    @TempDir
    static Path dir;
    static FakeICloud fake;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.empty().account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .setup(f -> f.photos().loadJson(f.photos().defaultAccount(), """
                        {"seed": 4, "sharedLibrary": false, "photoBytes": "2k", "albums": [
                           {"key": "events", "name": "Events", "folder": true, "children": [{"key": "wedding", "name": "Wedding"}]}],
                         "assets": [
                           {"id": "%s", "filename": "W1.JPG", "date": "2030-05-01T10:00:00Z", "albums": ["wedding"]},
                           {"id": "%s", "filename": "W2.JPG", "date": "2030-05-02T10:00:00Z", "favorite": true, "albums": ["wedding"]},
                           {"id": "%s", "filename": "OLD.JPG", "date": "2001-01-01T10:00:00Z"}]}""".formatted(W1, W2, OLD))));
        fake.photos().settings().strictChangeTags(true);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static CliRun orchard(String... args) {
        return CliRun.run(PhotosCommandsTest.env(fake, dir, "lib"), dir, args);
    }

    static boolean trashed(String id) {
        return ((Asset) fake.photos().library().primary().find(id)).trashed();
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        CliRun noTerminal = orchard("photos", "archive", "Wedding");
        assertThat(noTerminal.exit).as(noTerminal.toString()).isEqualTo(2);
        assertThat(noTerminal.err.strip()).doesNotContain("\n").contains("add --yes");

        CliRun age = orchard("photos", "archive", "--older-than", "4x", "--yes");
        assertThat(age.exit).isEqualTo(2);
        assertThat(age.err).contains("such as 400d, 18m or 2y, got '4x'");

        CliRun nothing = orchard("photos", "archive", "--yes");
        assertThat(nothing.exit).isEqualTo(2);
        assertThat(nothing.err).contains("one or more albums, or --older-than AGE");

        CliRun unknown = orchard("photos", "archive", "Weding", "--yes");
        assertThat(unknown.exit).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err.strip()).doesNotContain("\n").contains("no album or folder 'Weding'; closest: Events/Wedding");
        assertThat(trashed(W1) || trashed(OLD)).isFalse();
    }

    @Test
    void dryRunThenArchiveThenTheList() throws Exception {
        assertThat(orchard("photos", "sync").exit).isZero();
        CliRun dry = orchard("photos", "archive", "Wedding", "--dry-run", "-v");
        assertThat(dry.exit).as(dry.toString()).isZero();
        assertThat(dry.out).contains("Kept here, verified: 2 assets (2 files", "Leaving iCloud (to Recently Deleted): 1 assets",
                "Favourites kept in iCloud: 1", "Photos/2030/05/W1.JPG", "Album folder frozen: Events/Wedding");
        assertThat(trashed(W1)).isFalse();

        CliRun run = orchard("photos", "archive", "Wedding", "--yes");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("1 moved to Recently Deleted", "1 favourites stay in iCloud", "restored from Recently Deleted");
        assertThat(trashed(W1)).isTrue();
        assertThat(trashed(W2)).isFalse();
        assertThat(Files.readString(dir.resolve("lib/.orchard/archive-log.tsv"))).contains(W1 + "\tremoved");

        CliRun age = orchard("photos", "archive", "--older-than", "400d", "--yes");
        assertThat(age.exit).as(age.toString()).isZero();
        assertThat(trashed(OLD)).isTrue();

        CliRun list = orchard("photos", "archived");
        assertThat(list.exit).isZero();
        assertThat(list.out).contains("album Wedding", "older than 400d");
        CliRun status = orchard("status", "--offline");
        assertThat(status.out).as(status.toString()).contains("Archives:     2 run(s), 2 assets moved to Recently Deleted",
                "(older than 400d); 'orchard photos archived' lists them");
        assertThat(dir.resolve("lib/Photos/2030/05/W1.JPG")).exists();
        assertThat(dir.resolve("lib/Photos/2001/01/OLD.JPG")).exists();
    }
}
