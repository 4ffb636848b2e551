package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

/**
 * Reads Apple's error bodies: idmsa's {@code serviceErrors} / {@code service_errors} arrays and the setup
 * and CloudKit style {@code errorCode}/{@code serverErrorCode} with a message field (docs/protocol/sign-in.md §6). Codes
 * are strings on idmsa and numbers on setup; both come back as strings.
 */
public record ServiceErrors(String code, String message) {
    public static final ServiceErrors NONE = new ServiceErrors(null, null);

    public static ServiceErrors of(JsonNode body) {
        if (body == null || !body.isObject()) return NONE;
        for (String arrayName : new String[] {"serviceErrors", "service_errors"}) {
            JsonNode arr = body.get(arrayName);
            if (arr != null && arr.isArray() && !arr.isEmpty()) {
                JsonNode first = arr.get(0);
                return new ServiceErrors(Jsons.text(first, "code"), Jsons.text(first, "message"));
            }
        }
        String code = firstText(body, "errorCode", "serverErrorCode");
        String message = firstText(body, "errorMessage", "reason", "errorReason", "error");
        return code == null && message == null ? NONE : new ServiceErrors(code, message);
    }

    private static String firstText(JsonNode body, String... fields) {
        for (String f : fields) {
            String v = Jsons.text(body, f);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    public boolean hasCode(String c) {
        return code != null && code.equals(c);
    }

    /** A short description safe to show (Apple's messages hold no secrets). */
    public String describe() {
        if (code == null && message == null) return "no details";
        if (code == null) return message;
        return message == null ? "code " + code : message + " (code " + code + ")";
    }
}
