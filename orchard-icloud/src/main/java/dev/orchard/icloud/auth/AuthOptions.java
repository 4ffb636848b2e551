package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Apple offers for the second factor (docs/protocol/sign-in.md §4), read from either the JSON shape (fields at the
 * top level or under {@code phoneNumberVerification}) or the HTML page's {@code boot_args} script, where
 * phones sit in {@code twoSV.phoneNumberVerification} or, since 2026, {@code twoSV.bridgeInitiateData}.
 */
record AuthOptions(List<TrustedPhoneNumber> phones, boolean trustedDevices, int codeLength, boolean codesLocked,
                   boolean securityKey) {

    private static final Pattern BOOT_ARGS = Pattern.compile(
            "<script[^>]*class=\"boot_args\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    static AuthOptions parse(byte[] body) {
        JsonNode root = Jsons.parseLenient(body);
        if (root.isMissingNode()) {
            Matcher m = BOOT_ARGS.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            if (m.find()) root = Jsons.parseLenient(m.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        JsonNode twoSv = root.path("direct").path("twoSV");
        List<JsonNode> places = List.of(root, root.path("phoneNumberVerification"),
                twoSv.path("phoneNumberVerification"), twoSv.path("bridgeInitiateData").path("phoneNumberVerification"));
        List<TrustedPhoneNumber> phones = new ArrayList<>();
        JsonNode code = null;
        Boolean noTrustedDevices = null;
        for (JsonNode p : places) {
            if (phones.isEmpty() && p.path("trustedPhoneNumbers").isArray()) {
                for (JsonNode n : p.path("trustedPhoneNumbers")) {
                    String display = Jsons.text(n, "numberWithDialCode");
                    if (display == null) display = Jsons.text(n, "obfuscatedNumber");
                    if (display == null) display = "number ending " + Jsons.text(n, "lastTwoDigits");
                    phones.add(new TrustedPhoneNumber(n.path("id").asInt(), display, Jsons.text(n, "pushMode")));
                }
            }
            if (code == null && p.path("securityCode").isObject()) code = p.path("securityCode");
            if (noTrustedDevices == null && p.has("noTrustedDevices")) noTrustedDevices = p.path("noTrustedDevices").asBoolean();
        }
        boolean devices = noTrustedDevices != null ? !noTrustedDevices
                : root.path("direct").path("hasTrustedDevices").asBoolean(root.path("trustedDeviceCount").asInt(1) > 0);
        int length = code == null ? 6 : code.path("length").asInt(6);
        boolean locked = code != null && (code.path("tooManyCodesSent").asBoolean() || code.path("tooManyCodesValidated").asBoolean()
                || code.path("securityCodeLocked").asBoolean() || code.path("securityCodeCooldown").asBoolean());
        boolean key = root.has("fsaChallenge") || root.has("keyNames") || twoSv.has("fsaChallenge");
        return new AuthOptions(List.copyOf(phones), devices, length, locked, key);
    }
}
