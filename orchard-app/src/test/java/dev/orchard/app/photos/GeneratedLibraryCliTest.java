package dev.orchard.app.photos;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Map;

/**
 * One fake iCloud per test class with a generated library (40 assets unless the class says {@link Assets}) and no
 * 2FA, for running photos commands.
 */
abstract class GeneratedLibraryCliTest {
    /** How many assets the test class's library has. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Assets {
        int value();
    }

    @TempDir
    static Path dir;
    static FakeICloud fake;

    @BeforeAll
    static void start(TestInfo test) {
        int assets = test.getTestClass().map(c -> c.getAnnotation(Assets.class)).map(Assets::value).orElse(40);
        fake = FakeICloud.start(FakeConfig.empty().account(FakeConfig.DEMO_APPLE_ID, FakeConfig.DEMO_PASSWORD, MfaPolicy.NONE, null)
                .setup(f -> f.photos().generate(assets)));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    static Map<String, String> env(String library) {
        return PhotosCommandsTest.env(fake, dir, library);
    }
}
