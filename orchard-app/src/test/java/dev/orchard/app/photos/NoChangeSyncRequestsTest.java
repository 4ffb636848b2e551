package dev.orchard.app.photos;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a no-change `photos sync` costs once a session is stored, and how it recovers when Apple dropped that session. */
class NoChangeSyncRequestsTest extends GeneratedLibraryCliTest {

    private static Map<String, String> envIn(String name) {
        return PhotosCommandsTest.env(fake, dir.resolve(name), "lib");
    }

    private static void firstSync(Map<String, String> env) {
        CliRun first = CliRun.run(env, dir, "photos", "sync");
        assertThat(first.exit).as(first.toString()).isZero();
    }

    @Test
    void aNoChangeSyncMakesTwoRequestsInAll() {
        Map<String, String> env = envIn("two-requests");
        firstSync(env);
        fake.stats().reset();
        CliRun again = CliRun.run(env, dir, "photos", "sync");
        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(fake.stats().total()).as("requests by path: %s", fake.stats().paths()).isEqualTo(2);
        assertThat(again.out).contains("Using the stored iCloud session.", "PrimarySync: no changes", "Nothing to download");
        assertThat(fake.stats().countPath("/setup/ws/1/validate")).isZero();
    }

    @Test
    void aSessionAppleDroppedIsRenewedWithTheStoredTokensWithoutThePassword() {
        Map<String, String> env = envIn("dropped");
        firstSync(env);
        fake.sessions().expireAll(fake.account(FakeConfig.DEMO_APPLE_ID));
        fake.stats().reset();
        env.remove("ORCHARD_PASSWORD");
        CliRun again = CliRun.run(env, dir, "photos", "sync");
        assertThat(again.exit).as(again.toString()).isZero();
        assertThat(again.out).contains("Using the stored iCloud session.",
                "Renewed the iCloud session from the stored tokens (no password needed).", "Nothing to download");
        assertThat(fake.stats().countPath("/setup/ws/1/validate")).isEqualTo(1);
        assertThat(fake.stats().countPath("/setup/ws/1/accountLogin")).isEqualTo(1);
        assertThat(fake.stats().countPath("/appleauth/auth/signin/init")).isZero();
    }
}
