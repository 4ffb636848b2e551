package dev.orchard.fake.auth.idmsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.auth.TrustedPhone;
import dev.orchard.fake.http.Json;

/** The JSON (and HTML) shapes of auth options, code delivery and verification answers (docs/protocol/sign-in.md §4). */
final class SecondFactorBodies {
    private SecondFactorBodies() {
    }

    static ObjectNode phone(TrustedPhone p, String pushMode) {
        return Json.object().put("id", p.id()).put("numberWithDialCode", p.withDialCode())
                .put("obfuscatedNumber", p.obfuscated()).put("lastTwoDigits", p.lastTwoDigits())
                .put("pushMode", pushMode).put("nonFTEU", false);
    }

    static ObjectNode securityCode() {
        return Json.object().put("length", 6).put("tooManyCodesSent", false).put("tooManyCodesValidated", false)
                .put("securityCodeLocked", false).put("securityCodeCooldown", false);
    }

    /** The phoneNumberVerification object; {@code chosen} is the phone in use (the first one when null). */
    static ObjectNode phoneVerification(FakeAccount account, TrustedPhone chosen, String mode) {
        ObjectNode out = Json.object();
        ArrayNode phones = out.putArray("trustedPhoneNumbers");
        account.phones().forEach(p -> phones.add(phone(p, "sms")));
        TrustedPhone current = chosen != null ? chosen : account.phones().isEmpty() ? null : account.phones().get(0);
        if (current != null) out.set("trustedPhoneNumber", phone(current, mode));
        out.set("securityCode", securityCode());
        out.put("authenticationType", "hsa2");
        out.put("hideSendSMSCodeOption", false);
        out.put("restrictedAccount", false);
        out.put("hsa2Account", true);
        return out;
    }

    /** Auth options as JSON: the phone-verification fields at top level, plus the device facts. */
    static ObjectNode optionsJson(FakeAccount account) {
        boolean smsOnly = account.mfaPolicy() == MfaPolicy.SMS_ONLY;
        ObjectNode out = phoneVerification(account, null, "sms");
        out.put("trustedDeviceCount", smsOnly ? 0 : 1);
        out.put("noTrustedDevices", smsOnly);
        return out;
    }

    /** Auth options as the HTML page a browser gets, with its boot_args JSON. */
    static String optionsHtml(FakeAccount account) {
        boolean smsOnly = account.mfaPolicy() == MfaPolicy.SMS_ONLY;
        ObjectNode args = Json.object();
        ObjectNode direct = args.putObject("direct");
        direct.put("authType", "hsa2").put("authUserType", "hsa2").put("hasTrustedDevices", !smsOnly)
                .put("authInitialRoute", smsOnly ? "auth/verify/phone" : "auth/verify/trusteddevice");
        ObjectNode twoSV = direct.putObject("twoSV");
        twoSV.putArray("supportedPushModes").add("voice").add("sms");
        twoSV.putArray("authFactors").add("robocall").add("sms").add("generatedcode");
        twoSV.put("sourceAppId", 1159);
        twoSV.set("phoneNumberVerification", phoneVerification(account, null, "sms"));
        args.putObject("additional").put("canRoute2sv", true);
        String json = args.toString().replace("</", "<\\/");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Verify your identity</title></head><body>"
                + "<div id=\"stepEl\"></div>\n<script type=\"application/json\" class=\"boot_args\">\n" + json
                + "\n</script>\n</body></html>";
    }

    /** The answer to a request for a trusted-device code. */
    static ObjectNode deviceDelivery(FakeAccount account) {
        ObjectNode out = Json.object();
        out.put("trustedDeviceCount", 1);
        out.set("securityCode", securityCode());
        out.set("phoneNumberVerification", phoneVerification(account, null, "sms"));
        return out;
    }

    /** A securityCode object that says the code was accepted. */
    static ObjectNode validCode(String code) {
        return securityCode().put("code", code).put("valid", true);
    }
}
