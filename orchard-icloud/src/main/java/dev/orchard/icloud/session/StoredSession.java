package dev.orchard.icloud.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * What Orchard keeps between runs for one Apple ID (docs/protocol/sign-in.md §1): the per-install client id, the trust
 * token and when it was first seen, the last session token and idmsa handles, the dsid and the
 * webservices map. Cookies live in their own file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredSession(String appleId, String clientId, String trustToken, Instant trustTokenFirstSeen,
                            String sessionToken, String sessionId, String scnt, String authAttributes,
                            String accountCountry, String dsid, JsonNode webservices, Instant lastSignIn) {

    public static StoredSession fresh(String appleId, String clientId) {
        return new StoredSession(appleId, clientId, null, null, null, null, null, null, null, null, null, null);
    }

    public StoredSession withTrustToken(String token, Instant now) {
        Instant first = token != null && token.equals(trustToken) ? trustTokenFirstSeen : now;
        return new StoredSession(appleId, clientId, token, token == null ? null : first, sessionToken, sessionId, scnt,
                authAttributes, accountCountry, dsid, webservices, lastSignIn);
    }

    public StoredSession withIdmsa(String sessionToken, String sessionId, String scnt, String authAttributes,
                                   String accountCountry) {
        return new StoredSession(appleId, clientId, trustToken, trustTokenFirstSeen, sessionToken, sessionId, scnt,
                authAttributes, accountCountry, dsid, webservices, lastSignIn);
    }

    public StoredSession withAccount(String dsid, JsonNode webservices, Instant signedIn) {
        return new StoredSession(appleId, clientId, trustToken, trustTokenFirstSeen, sessionToken, sessionId, scnt,
                authAttributes, accountCountry, dsid, webservices, signedIn);
    }

    /** Keeps only what survives a logout: client id and trust token (as kei does on reset). */
    public StoredSession loggedOut() {
        return new StoredSession(appleId, clientId, trustToken, trustTokenFirstSeen, null, null, null, null,
                accountCountry, null, null, null);
    }

    @Override
    public String toString() {
        return "StoredSession[" + appleId + ", dsid=" + dsid + ", trust token " + (trustToken == null ? "absent" : "present") + "]";
    }
}
