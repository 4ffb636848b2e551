package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.auth.MfaPolicy;
import picocli.CommandLine.Option;

/** The Apple ID the standalone fake serves, and its sign-in behaviour. */
public final class AccountOptions {
    @Option(names = "--account", defaultValue = FakeConfig.DEMO_APPLE_ID, paramLabel = "APPLE_ID",
            description = "Apple ID of the fake account (default: ${DEFAULT-VALUE}).")
    String appleId;

    @Option(names = "--password", defaultValue = FakeConfig.DEMO_PASSWORD,
            description = "Its password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--mfa", defaultValue = "device", paramLabel = "POLICY",
            description = "2FA policy: none, device, sms-only, locked or repair (default: ${DEFAULT-VALUE}).")
    String mfa;

    @Option(names = "--mfa-code", paramLabel = "CODE",
            description = "Use this six-digit code for every 2FA delivery (default: a fresh random code each time, printed).")
    String mfaCode;

    void applyTo(FakeConfig config) {
        config.clearAccounts().account(appleId, password, MfaPolicy.parse(mfa), mfaCode);
    }
}
