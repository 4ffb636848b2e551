package dev.orchard.fake.auth.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.http.Json;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The per-account knobs by name, shared by the admin API and {@code orchard fake-icloud}'s options, so both
 * accept the same values and reject bad ones with the same one-line message.
 */
public final class AccountKnobs {
    public static final List<String> NAMES = List.of("mfa", "mfaCode", "protocol", "iterations", "verify409", "autoPush", "challengeAfter200",
            "adp", "adpApproveAfter", "trustDays", "sessionDays", "webAccess", "domainToUse", "country");

    private AccountKnobs() {
    }

    /** Sets knob {@code name} from its text form; {@code value} null clears the optional ones. */
    public static void apply(FakeAccount a, String name, String value) {
        try {
            switch (name) {
                case "mfa" -> a.mfaPolicy(MfaPolicy.parse(required(value)));
                case "mfaCode" -> a.fixedMfaCode(value == null || value.isBlank() ? null : value.trim());
                case "protocol" -> a.protocol(required(value).trim());
                case "iterations" -> a.iterations(whole(value));
                case "verify409" -> a.verifyAnswers409(bool(value));
                case "autoPush" -> a.autoPushAtChallenge(bool(value));
                case "challengeAfter200" -> a.challengeAfter200(bool(value));
                case "adp" -> a.adp(bool(value));
                case "adpApproveAfter" -> a.adpApproveAfterPolls(whole(value));
                case "trustDays" -> a.trustLifetime(Duration.ofDays(whole(value)));
                case "sessionDays" -> a.sessionLifetime(Duration.ofDays(whole(value)));
                case "webAccess" -> a.webAccessAllowed(bool(value));
                case "domainToUse" -> a.domainToUse(value);
                case "country" -> a.country(required(value).trim());
                default -> throw new IllegalArgumentException("unknown knob (known: " + String.join(", ", NAMES) + ")");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("account knob '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The account as the admin API shows it: its knobs under the names {@link #apply} takes. */
    public static ObjectNode describe(FakeAccount a) {
        ObjectNode out = Json.object();
        out.put("appleId", a.appleId());
        out.put("dsid", a.dsid());
        out.put("mfa", a.mfaPolicy().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("mfaCode", a.fixedMfaCode());
        out.put("protocol", a.protocol());
        out.put("iterations", a.iterations());
        out.put("verify409", a.verifyAnswers409());
        out.put("autoPush", a.autoPushAtChallenge());
        out.put("challengeAfter200", a.challengeAfter200());
        out.put("adp", a.adp());
        out.put("adpApproveAfter", a.adpApproveAfterPolls());
        out.put("trustDays", a.trustLifetime().toDays());
        out.put("sessionDays", a.sessionLifetime().toDays());
        out.put("webAccess", a.webAccessAllowed());
        out.put("domainToUse", a.domainToUse());
        out.put("country", a.country());
        var phones = out.putArray("phones");
        a.phones().forEach(p -> phones.addObject().put("id", p.id()).put("lastTwoDigits", p.lastTwoDigits()));
        return out;
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("needs a value");
        return value;
    }

    private static int whole(String value) {
        try {
            return Integer.parseInt(required(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("needs a whole number, got '" + value + "'");
        }
    }

    private static boolean bool(String value) {
        return switch (required(value).trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("needs true or false, got '" + value + "'");
        };
    }
}
