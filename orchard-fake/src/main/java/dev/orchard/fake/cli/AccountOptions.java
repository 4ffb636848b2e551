package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.auth.admin.AccountKnobs;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

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

    @Option(names = "--protocol", paramLabel = "s2k|s2k_fo", description = "SRP password protocol (default: s2k).")
    String protocol;

    @Option(names = "--iterations", paramLabel = "N", description = "PBKDF2 iterations of the password key (default: 20000).")
    Integer iterations;

    @Option(names = "--verify-409", description = "Answer correct 2FA codes with 409 and a new session token (the mid-2026 quirk).")
    boolean verify409;

    @Option(names = "--challenge-after-200",
            description = "signin/complete answers 200 although 2FA is due; accountLogin then asks for it (icloudpd's recordings).")
    boolean challengeAfter200;

    @Option(names = "--no-auto-push",
            description = "Do not send a code when sign-in asks for 2FA; clients must request delivery (Apple since 2026).")
    boolean noAutoPush;

    @Option(names = "--adp", description = "Advanced Data Protection: web sessions need the trusted device's approval for PCS keys.")
    boolean adp;

    @Option(names = "--adp-approve-after", paramLabel = "N",
            description = "Polls of requestPCS/requestWebAccessState before the device approves (default: 2).")
    Integer adpApproveAfter;

    @Option(names = "--trust-days", paramLabel = "N", description = "Lifetime of a trusted browser (trust token), in days (default: 60).")
    Integer trustDays;

    @Option(names = "--session-days", paramLabel = "N", description = "Lifetime of web sessions and session tokens, in days (default: 30).")
    Integer sessionDays;

    @Option(names = "--no-web-access", description = "The account has \"Access iCloud Data on the Web\" switched off.")
    boolean noWebAccess;

    @Option(names = "--domain-to-use", paramLabel = "DOMAIN",
            description = "accountLogin answers domainToUse=DOMAIN (the account belongs to another region), e.g. iCloud.com.cn.")
    String domainToUse;

    @Option(names = "--require-oauth-state",
            description = "Refuse idmsa calls without X-Apple-OAuth-State (stricter than Apple; for testing one's own client).")
    boolean requireOAuthState;

    void applyTo(FakeConfig config) {
        Map<String, String> knobs = knobs();
        // Applied to a throwaway account first, so that a bad value fails before the fake starts.
        FakeAccount probe = new FakeAccount(appleId, password, "0");
        probe.mfaPolicy(MfaPolicy.parse(mfa)).fixedMfaCode(mfaCode);
        knobs.forEach((k, v) -> AccountKnobs.apply(probe, k, v));
        config.clearAccounts().account(appleId, password, MfaPolicy.parse(mfa), mfaCode);
        config.setup(fake -> {
            FakeAccount a = fake.account(appleId);
            knobs.forEach((k, v) -> AccountKnobs.apply(a, k, v));
            fake.auth().requireOAuthState(requireOAuthState);
        });
    }

    private Map<String, String> knobs() {
        Map<String, String> k = new LinkedHashMap<>();
        if (protocol != null) k.put("protocol", protocol);
        if (iterations != null) k.put("iterations", iterations.toString());
        if (verify409) k.put("verify409", "true");
        if (noAutoPush) k.put("autoPush", "false");
        if (challengeAfter200) k.put("challengeAfter200", "true");
        if (adp) k.put("adp", "true");
        if (adpApproveAfter != null) k.put("adpApproveAfter", adpApproveAfter.toString());
        if (trustDays != null) k.put("trustDays", trustDays.toString());
        if (sessionDays != null) k.put("sessionDays", sessionDays.toString());
        if (noWebAccess) k.put("webAccess", "false");
        if (domainToUse != null) k.put("domainToUse", domainToUse);
        return k;
    }
}
