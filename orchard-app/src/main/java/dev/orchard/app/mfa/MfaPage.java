package dev.orchard.app.mfa;

import dev.orchard.app.http.RequestChecks;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.TrustedPhoneNumber;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML of the 2FA page: the code form of the sign-in waiting for one (which account, where Apple sent the
 * code, the phones by the masked number Apple shows, whether the last code was wrong), or the list of accounts
 * waiting when there are several, and a link back to the status page when there is one.
 */
final class MfaPage {
    /** At most this many codes per sign-in; then Apple's flow ends and a new sign-in sends a new code. */
    private static final int ATTEMPTS = 3;

    private final String chrome;
    private final String statusHref;
    private final String action;

    /**
     * {@code statusHref}: the status page relative to {@code /mfa} (the daemon's page may live under a base path),
     * null when there is none ({@code orchard login}, which serves /mfa alone).
     */
    MfaPage(String chrome, String statusHref) {
        this.chrome = chrome;
        this.statusHref = statusHref;
        this.action = statusHref == null ? "/mfa" : "mfa";
    }

    String render(List<MfaPrompt> waiting, MfaPrompt shown, String tokenParam, String notice) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Orchard: verification code</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\"><style>body{font-family:sans-serif;max-width:32em;margin:2em auto}"
                + "input,button{font-size:1.2em;margin:.2em}</style></head><body>" + chrome + "<h1>Orchard: verification code</h1>");
        if (notice != null) html.append("<p id=\"notice\"><strong>").append(escape(notice)).append("</strong></p>");
        String hidden = tokenParam == null ? "" : "<input type=\"hidden\" name=\"token\" value=\"" + escape(tokenParam) + "\">";
        if (shown != null) {
            form(html, shown, hidden + "<input type=\"hidden\" name=\"account\" value=\"" + escape(shown.appleId()) + "\">");
        } else if (waiting.size() > 1) {
            html.append("<p id=\"choose\">Several Apple IDs wait for a code:</p><ul>");
            for (MfaPrompt p : waiting) {
                html.append("<li><a class=\"waiting\" href=\"").append(escape(action)).append("?account=")
                        .append(escape(URLEncoder.encode(p.appleId(), StandardCharsets.UTF_8)))
                        .append(tokenParam == null ? "" : "&amp;token=" + escape(URLEncoder.encode(tokenParam, StandardCharsets.UTF_8)))
                        .append("\">").append(escape(p.appleId())).append("</a></li>");
            }
            html.append("</ul>");
        } else if (notice == null) {
            html.append("<p id=\"idle\">No sign-in is waiting for a code right now.</p>");
        }
        if (statusHref != null) {
            html.append("<p><a id=\"status-link\" href=\"").append(escape(statusHref)).append("\">Back to the status page</a></p>");
        }
        return html.append("</body></html>").toString();
    }

    private void form(StringBuilder html, MfaPrompt p, String hidden) {
        if (p.previousWrong()) {
            html.append("<p id=\"wrong-code\"><strong>That code was wrong.</strong> Enter the newest code Apple sent, or ask for a new one ")
                    .append("(try ").append(Math.min(p.attempt(), ATTEMPTS)).append(" of ").append(ATTEMPTS).append(").</p>");
        }
        html.append("<p>Apple sent a ").append(p.codeLength()).append("-digit code for <b id=\"apple-id\">").append(escape(p.appleId()))
                .append("</b>").append(p.deliveredTo() == null ? "" : " " + escape(where(p))).append(".</p>")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">").append(hidden)
                .append("<input name=\"code\" id=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" pattern=\"\\d{")
                .append(p.codeLength()).append("}\" required autofocus> <button id=\"submit\">Sign in</button></form>")
                .append("<p>No code? Ask for a new one:</p>");
        if (p.trustedDevices()) html.append(resendForm(hidden, "device", null, "on my devices"));
        for (TrustedPhoneNumber phone : p.phones()) {
            html.append(resendForm(hidden, "sms", phone.id(), "by text to " + phone.display()));
            html.append(resendForm(hidden, "voice", phone.id(), "by call to " + phone.display()));
        }
    }

    /** Where the current code went, naming a phone as Apple shows it (its masked number), never by its id. */
    static String where(MfaPrompt p) {
        if (p.deliveredTo() == CodeDelivery.DEVICE) return "to your trusted devices";
        String phone = p.phones().stream().filter(t -> p.phoneId() != null && t.id() == p.phoneId()).map(TrustedPhoneNumber::display)
                .findFirst().orElse("your trusted phone");
        return (p.deliveredTo() == CodeDelivery.VOICE ? "by a call to " : "by text to ") + phone;
    }

    private String resendForm(String hidden, String method, Integer phone, String label) {
        return "<form method=\"post\" action=\"" + escape(action) + "/resend\" style=\"display:inline\">" + hidden
                + "<input type=\"hidden\" name=\"method\" value=\"" + method + "\">"
                + (phone == null ? "" : "<input type=\"hidden\" name=\"phone\" value=\"" + phone + "\">")
                + "<button>" + escape(label) + "</button></form> ";
    }

    private static String escape(String s) {
        return RequestChecks.escapeHtml(s);
    }
}
