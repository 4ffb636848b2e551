package dev.orchard.app.mfa;

import dev.orchard.app.http.RequestChecks;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.TrustedPhoneNumber;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.nio.charset.StandardCharsets;

/**
 * The 2FA page for headless machines: {@code GET /mfa} (a small form), {@code POST /mfa} with {@code code},
 * {@code POST /mfa/resend} with {@code method=sms|voice|device} and {@code phone=<id>}. Cross-site posts
 * are refused by the server's {@link dev.orchard.app.http.BrowserGuard}; a token is required when {@code token}
 * is set (non-loopback binds).
 */
public final class MfaWebHandler extends Handler.Abstract {
    private final MfaBroker broker;
    private final String token;
    private final String chrome;

    public MfaWebHandler(MfaBroker broker, String token) {
        this(broker, token, "");
    }

    /** {@code chrome}: HTML the daemon's web server puts at the top of the page (its stylesheet and navigation). */
    public MfaWebHandler(MfaBroker broker, String token, String chrome) {
        this.broker = broker;
        this.token = token;
        this.chrome = chrome;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals("/mfa") && !path.equals("/mfa/resend")) return false;
        Fields params = Request.getParameters(request);
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod())) return reply(response, callback, 405, "Method not allowed.");
        if (!authorized(request, params)) return reply(response, callback, 401, "A valid token is required (Authorization: Bearer <token> or token=<token>).");
        if (!post) return page(response, callback, params.getValue("token"), null);
        try {
            if (path.equals("/mfa")) {
                String code = params.getValue("code");
                if (code == null) return reply(response, callback, 400, "Missing 'code'.");
                if (!broker.submit(code)) return reply(response, callback, 409, "No sign-in is waiting for a code right now.");
                return answer(request, response, callback, params, "Code received; signing in.");
            }
            String method = params.getValue("method");
            if (method == null) return reply(response, callback, 400, "Missing 'method' (sms, voice or device).");
            String phone = params.getValue("phone");
            Integer phoneId = phone == null || phone.isBlank() ? null : Integer.valueOf(phone.strip());
            if (!broker.resend(CodeDelivery.parse(method), phoneId)) {
                return reply(response, callback, 409, "No sign-in is waiting for a code right now.");
            }
            return answer(request, response, callback, params, "A new code is on its way.");
        } catch (NumberFormatException e) {
            return reply(response, callback, 400, "'phone' must be a number.");
        } catch (IllegalArgumentException e) {
            return reply(response, callback, 400, capitalise(e.getMessage()) + ".");
        } catch (RuntimeException e) {
            return reply(response, callback, 502, "Apple did not accept the request: " + e.getMessage());
        }
    }

    private boolean authorized(Request request, Fields params) {
        if (token == null) return true;
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : params.getValue("token");
        return RequestChecks.sameSecret(given, token);
    }

    private boolean answer(Request request, Response response, Callback callback, Fields params, String message) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept != null && accept.contains("text/html")) return page(response, callback, params.getValue("token"), message);
        return reply(response, callback, 200, message);
    }

    private boolean page(Response response, Callback callback, String tokenParam, String notice) {
        MfaPrompt p = broker.pending().orElse(null);
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Orchard: verification code</title>"
                + "<meta name=\"viewport\" content=\"width=device-width\"><style>body{font-family:sans-serif;max-width:32em;margin:2em auto}"
                + "input,button{font-size:1.2em;margin:.2em}</style></head><body>" + chrome + "<h1>Orchard: verification code</h1>");
        if (notice != null) html.append("<p id=\"notice\"><strong>").append(escape(notice)).append("</strong></p>");
        String hidden = tokenParam == null ? "" : "<input type=\"hidden\" name=\"token\" value=\"" + escape(tokenParam) + "\">";
        if (p == null) {
            html.append("<p id=\"idle\">No sign-in is waiting for a code right now.</p>");
        } else {
            html.append("<p>Apple sent a ").append(p.codeLength()).append("-digit code for <b>").append(escape(p.appleId()))
                    .append("</b>").append(p.deliveredTo() == null ? "" : " to " + escape(where(p))).append(".</p>")
                    .append("<form method=\"post\" action=\"/mfa\">").append(hidden)
                    .append("<input name=\"code\" id=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" pattern=\"\\d{")
                    .append(p.codeLength()).append("}\" required autofocus> <button id=\"submit\">Sign in</button></form>")
                    .append("<p>No code? Ask for a new one:</p>");
            if (p.trustedDevices()) html.append(resendForm(hidden, "device", null, "on my devices"));
            for (TrustedPhoneNumber phone : p.phones()) {
                html.append(resendForm(hidden, "sms", phone.id(), "by text to " + phone.display()));
                html.append(resendForm(hidden, "voice", phone.id(), "by call to " + phone.display()));
            }
        }
        html.append("</body></html>");
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-store");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.write(true, StandardCharsets.UTF_8.encode(html.toString()), callback);
        return true;
    }

    private static String where(MfaPrompt p) {
        return p.deliveredTo() == CodeDelivery.DEVICE ? "your trusted devices"
                : "phone " + p.phoneId() + " by " + p.deliveredTo().wire();
    }

    private static String resendForm(String hidden, String method, Integer phone, String label) {
        return "<form method=\"post\" action=\"/mfa/resend\" style=\"display:inline\">" + hidden
                + "<input type=\"hidden\" name=\"method\" value=\"" + method + "\">"
                + (phone == null ? "" : "<input type=\"hidden\" name=\"phone\" value=\"" + phone + "\">")
                + "<button>" + escape(label) + "</button></form> ";
    }

    private static boolean reply(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, StandardCharsets.UTF_8.encode(text + "\n"), callback);
        return true;
    }

    static String escape(String s) {
        return RequestChecks.escapeHtml(s);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
