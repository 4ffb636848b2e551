package dev.orchard.app.photos;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** One fake iCloud per test class with a generated 40-asset library and no 2FA, for running photos commands. */
abstract class GeneratedLibraryCliTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;

    @BeforeAll
    static void start() {
        fake = FakeICloud.start(FakeConfig.empty().account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .setup(f -> f.photos().generate(40)));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static Map<String, String> env(String library) {
        return PhotosCommandsTest.env(fake, dir, library);
    }
}
