package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.CookieJar;
import dev.orchard.icloud.http.Sleeper;
import dev.orchard.icloud.json.Jsons;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Advanced Data Protection (docs/protocol/sign-in.md §5): when ADP is on, Photos and Drive only work once a trusted device
 * releases the PCS keys to this web session. Detect it with requestWebAccessState, ask for consent, and
 * poll requestPCS until the cookies arrive.
 */
final class ProtectedData {
    static final Duration POLL = Duration.ofSeconds(5);
    static final int CONSENT_POLLS = 12;
    static final int PCS_POLLS = 60;

    private final SetupClient setup;
    private final CookieJar cookies;
    private final Sleeper sleeper;
    private final SignInListener listener;

    ProtectedData(SetupClient setup, CookieJar cookies, Sleeper sleeper, SignInListener listener) {
        this.setup = setup;
        this.cookies = cookies;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** Cookies each app needs: Photos needs Photos + Sharing, Drive needs Documents. */
    static List<String> cookiesFor(String app) {
        return switch (app) {
            case "photos" -> List.of("X-APPLE-WEBAUTH-PCS-Photos", "X-APPLE-WEBAUTH-PCS-Sharing");
            case "iclouddrive" -> List.of("X-APPLE-WEBAUTH-PCS-Documents");
            default -> throw new IllegalArgumentException("unknown PCS app " + app);
        };
    }

    boolean missingFor(Set<String> apps) {
        return !missing(apps).isEmpty();
    }

    private List<String> missing(Set<String> apps) {
        List<String> out = new ArrayList<>();
        for (String app : apps) {
            if (cookiesFor(app).stream().anyMatch(c -> cookies.find(c).isEmpty())) out.add(app);
        }
        return out;
    }

    void ensure(String appleId, String dsid, Set<String> apps) {
        JsonNode state = setup.webAccessState(dsid);
        if (state == null) return;
        if (!state.path("isWebAccessAllowed").asBoolean(true)) throw webAccessOff(appleId);
        if (!state.path("isICDRSDisabled").asBoolean(false)) return;
        List<String> need = missing(apps);
        if (need.isEmpty()) return;
        if (!state.path("isDeviceConsentedForPCS").asBoolean(false)) {
            if (!setup.enableDeviceConsent(dsid)) {
                throw new AuthException(AuthException.Reason.ADP_APPROVAL_NEEDED,
                        "Advanced Data Protection is on for " + appleId + " and Apple would not send the approval request; "
                                + "check that 'Access iCloud Data on the Web' is on, then try again.");
            }
            listener.approvalRequested();
            waitForConsent(appleId, dsid);
        }
        for (String app : need) requestKeys(appleId, dsid, app);
    }

    private void waitForConsent(String appleId, String dsid) {
        for (int i = 0; i < CONSENT_POLLS; i++) {
            pause();
            JsonNode s = setup.webAccessState(dsid);
            if (s != null && s.path("isDeviceConsentedForPCS").asBoolean(false)) return;
        }
        throw approvalNeeded(appleId);
    }

    private void requestKeys(String appleId, String dsid, String app) {
        for (int i = 0; i < PCS_POLLS; i++) {
            ApiResponse r = setup.requestPcs(dsid, app, i == 0);
            JsonNode body = r.json();
            String message = Jsons.text(body, "message");
            if (r.ok() && "success".equalsIgnoreCase(Jsons.text(body, "status"))
                    && cookiesFor(app).stream().allMatch(c -> cookies.find(c).isPresent())) {
                return;
            }
            boolean notReady = message != null && (message.startsWith("Requested the device to upload cookies")
                    || message.startsWith("Cookies not available yet on server"));
            if (!r.ok() || !notReady) {
                throw new AuthException(AuthException.Reason.ADP_APPROVAL_NEEDED, "Apple would not release the "
                        + app + " keys for " + appleId + " (" + (message == null ? "HTTP " + r.status() : message) + ").");
            }
            pause();
        }
        throw approvalNeeded(appleId);
    }

    private void pause() {
        try {
            sleeper.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthException(AuthException.Reason.ADP_APPROVAL_NEEDED, "interrupted while waiting for device approval");
        }
    }

    static AuthException approvalNeeded(String appleId) {
        return new AuthException(AuthException.Reason.ADP_APPROVAL_NEEDED, "Advanced Data Protection is on for " + appleId
                + ": approve the iCloud web access request on your iPhone, iPad or Mac, then try again.");
    }

    static AuthException webAccessOff(String appleId) {
        return new AuthException(AuthException.Reason.WEB_ACCESS_DISABLED, "'Access iCloud Data on the Web' is off for "
                + appleId + "; turn it on in Settings > [your name] > iCloud on an Apple device, then try again.");
    }
}
