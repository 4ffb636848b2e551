package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.json.Jsons;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of an accountLogin / validate answer (docs/protocol/sign-in.md §5) Orchard uses. */
public record AccountInfo(String dsid, String appleId, String fullName, Map<String, WebService> webservices,
                          boolean trustedBrowser, boolean challengeRequired, boolean webAccessAllowed,
                          String domainToUse, boolean termsUpdateNeeded, JsonNode webservicesJson) {

    public static AccountInfo parse(JsonNode body) {
        JsonNode ds = body.path("dsInfo");
        String dsid = Jsons.text(ds, "dsid");
        JsonNode ws = body.path("webservices");
        Map<String, WebService> services = services(ws);
        String first = Jsons.text(ds, "firstName");
        String last = Jsons.text(ds, "lastName");
        String fullName = Jsons.text(ds, "fullName");
        if (fullName == null && first != null) fullName = last == null ? first : first + " " + last;
        String appleId = Jsons.text(ds, "appleId");
        if (appleId == null) appleId = Jsons.text(ds, "primaryEmail");
        return new AccountInfo(dsid, appleId, fullName, services,
                body.path("hsaTrustedBrowser").asBoolean(false), body.path("hsaChallengeRequired").asBoolean(false),
                ds.path("isWebAccessAllowed").asBoolean(true), Jsons.text(body, "domainToUse"),
                body.path("termsUpdateNeeded").asBoolean(false), ws.isMissingNode() ? null : ws);
    }

    /**
     * The account as a previous sign-in left it (dsid and webservices map from {@code session.json}), for a
     * session trusted without asking Apple: trusted, complete, no name.
     */
    public static AccountInfo stored(String dsid, String appleId, JsonNode webservices) {
        return new AccountInfo(dsid, appleId, null, services(webservices), true, false, true, null, false, webservices);
    }

    private static Map<String, WebService> services(JsonNode ws) {
        Map<String, WebService> services = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ws.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String url = Jsons.text(e.getValue(), "url");
            if (url != null) {
                services.put(e.getKey(), new WebService(e.getKey(), url, Jsons.text(e.getValue(), "status"),
                        e.getValue().path("pcsRequired").asBoolean(false)));
            }
        }
        return Collections.unmodifiableMap(services);
    }

    /** The dsid; a wrong-region answer carries none, so check {@link #domainToUse()} first. */
    public String requireDsid() {
        if (dsid == null) throw new AuthException(AuthException.Reason.PROTOCOL, "Apple's account answer has no dsInfo.dsid");
        return dsid;
    }

    /** Trusted and fully signed in: no 2FA challenge outstanding. */
    public boolean complete() {
        return trustedBrowser || !challengeRequired;
    }
}
