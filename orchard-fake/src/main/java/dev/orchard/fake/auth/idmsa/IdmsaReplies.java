package dev.orchard.fake.auth.idmsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.auth.Tokens;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;

/** The headers every idmsa response carries (docs/protocol/sign-in.md §2) and its error bodies (§5, §6.3). */
final class IdmsaReplies {
    private IdmsaReplies() {
    }

    /**
     * Stamps the dynamic headers; call once the status is final. {@code login} may be null. X-Apple-I-Rscd
     * mirrors the status unless the handler set its own (Apple's 200 with 401 inside).
     */
    static void stamp(Exchange ex, LoginAttempt login) {
        ex.header("scnt", login == null ? "AQAAAAE" + Tokens.base64(60) : login.rotateScnt());
        if (login != null) {
            ex.header("X-Apple-ID-Session-Id", login.sessionId());
            ex.header("X-Apple-Auth-Attributes", login.authAttributes());
        }
        if (ex.responseHeader("X-Apple-I-Rscd") == null) ex.header("X-Apple-I-Rscd", Integer.toString(ex.status()));
    }

    static void serviceError(Exchange ex, int status, String code, String message) {
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("serviceErrors");
        errors.addObject().put("code", code).put("message", message).put("suppressDismissal", false);
        ex.json(status, body);
    }

    static void wrongPassword(Exchange ex) {
        serviceError(ex, 401, "-20101", "Enter the email or phone number and password for your Apple Account.");
    }

    static void locked(Exchange ex) {
        serviceError(ex, 403, "-20209", "This Apple Account has been locked for security reasons.");
    }

    /** A wrong security code: 400 with the snake_case variant Apple uses on this path. */
    static void wrongCode(Exchange ex) {
        ObjectNode body = Json.object();
        body.putArray("service_errors").addObject().put("code", "-21669").put("title", "Incorrect Verification Code")
                .put("message", "Incorrect verification code.").put("suppressDismissal", false);
        body.put("hasError", true);
        ex.json(400, body);
    }
}
