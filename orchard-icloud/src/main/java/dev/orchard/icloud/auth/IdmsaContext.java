package dev.orchard.icloud.auth;

import dev.orchard.icloud.http.ApiResponse;

/**
 * The values Apple's idmsa hands out and expects back (docs/protocol/sign-in.md §2). Captured from every response,
 * replayed on the next request. Holds secrets: never log it.
 */
final class IdmsaContext {
    String scnt;
    String sessionId;
    String authAttributes;
    String sessionToken;
    String trustToken;
    String accountCountry;

    void capture(ApiResponse r) {
        scnt = keep(scnt, r.header("scnt"));
        sessionId = keep(sessionId, r.header("X-Apple-ID-Session-Id"));
        authAttributes = keep(authAttributes, r.header("X-Apple-Auth-Attributes"));
        sessionToken = keep(sessionToken, r.header("X-Apple-Session-Token"));
        trustToken = keep(trustToken, r.header("X-Apple-TwoSV-Trust-Token"));
        accountCountry = keep(accountCountry, r.header("X-Apple-ID-Account-Country"));
    }

    private static String keep(String old, String fresh) {
        return fresh == null || fresh.isBlank() ? old : fresh;
    }

    @Override
    public String toString() {
        return "IdmsaContext[redacted]";
    }
}
