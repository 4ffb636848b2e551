package dev.orchard.app.password;

import dev.orchard.app.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The keyring source against a real GNOME Keyring on a private D-Bus session. */
class KeyringPasswordTest {
    @TempDir
    Path home;

    private static void assumeSecretService() {
        String missing = PrivateSecretService.missingTools();
        if (missing != null) System.out.println("KeyringPasswordTest skipped: " + missing);
        assumeTrue(missing == null, missing);
    }

    @Test
    void readsThePasswordStoredForTheAppleId() throws Exception {
        assumeSecretService();
        try (PrivateSecretService keyring = new PrivateSecretService(home)) {
            keyring.store("me@example.com", "keyring-pass\u00e9");
            assertThat(new String(new KeyringPassword("me@example.com", keyring.env).lookup())).isEqualTo("keyring-pass\u00e9");
            assertThat(new KeyringPassword("other@example.com", keyring.env).lookup()).isNull();

            PasswordSources sources = new PasswordSources("me@example.com", null, null, null,
                    new KeyringPassword("me@example.com", keyring.env), null);
            assertThat(new String(sources.password())).isEqualTo("keyring-pass\u00e9");
            PasswordSources envFirst = new PasswordSources("me@example.com", null, null, "from-env",
                    new KeyringPassword("me@example.com", keyring.env), null);
            assertThat(new String(envFirst.password())).isEqualTo("from-env");
            PasswordSources missing = new PasswordSources("other@example.com", null, null, null,
                    new KeyringPassword("other@example.com", keyring.env), null);
            assertThatThrownBy(missing::password).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("secret-tool store --label='Orchard' service orchard account other@example.com");
        }
    }

    @Test
    void withoutSecretToolTheErrorSaysWhatToInstall() {
        KeyringPassword k = new KeyringPassword("me@example.com", Map.of("PATH", home.toString()));
        assertThatThrownBy(k::lookup).isInstanceOf(ConfigException.class).hasMessageContaining("apt install libsecret-tools");
    }
}
