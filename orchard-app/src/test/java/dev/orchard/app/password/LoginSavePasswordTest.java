package dev.orchard.app.password;

import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code orchard login --save-password} against the fake, storing into a real GNOME Keyring on a private bus. */
class LoginSavePasswordTest {
    static final String ID = FakeConfig.DEMO_APPLE_ID;

    @TempDir
    Path dir;
    FakeICloud fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        fake.account(ID).mfaPolicy(MfaPolicy.NONE);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theAcceptedPasswordGoesToTheKeyringUnderTheChosenServiceName() throws Exception {
        String missing = PrivateSecretService.missingTools();
        if (missing != null) System.out.println("LoginSavePasswordTest skipped: " + missing);
        assumeTrue(missing == null, missing);
        try (PrivateSecretService keyring = new PrivateSecretService(dir.resolve("home"))) {
            Map<String, String> env = new HashMap<>(keyring.env);
            env.put("ORCHARD_USERNAME", ID);
            env.put("ORCHARD_PASSWORD", FakeConfig.DEMO_PASSWORD);
            env.put("ORCHARD_ICLOUD_ENDPOINT", fake.baseUrl());
            env.put("ORCHARD_STATE_DIR", dir.resolve("state").toString());

            CliRun first = CliRun.run(env, dir, "login", "--save-password", "--keyring-service", "orchard-family");
            assertThat(first.exit).as(first.toString()).isZero();
            assertThat(first.out).contains("Password: saved in the keyring (service orchard-family)").doesNotContain("not checked");
            assertThat(new String(new KeyringPassword(ID, "orchard-family", keyring.env).lookup())).isEqualTo(FakeConfig.DEMO_PASSWORD);
            assertThat(new KeyringPassword(ID, keyring.env).lookup()).as("the default service name holds nothing").isNull();

            env.remove("ORCHARD_PASSWORD");
            env.put("ORCHARD_KEYRING_SERVICE", "orchard-family");
            CliRun fromKeyring = CliRun.run(env, dir, "logout");
            assertThat(fromKeyring.exit).as(fromKeyring.toString()).isZero();
            CliRun again = CliRun.run(env, dir, "login", "--keyring");
            assertThat(again.exit).as("signs in with the saved password: " + again).isZero();
            assertThat(again.toString()).doesNotContain(FakeConfig.DEMO_PASSWORD);
        }
    }
}
