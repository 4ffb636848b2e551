package dev.orchard.app.mfa;

import dev.orchard.app.http.RequestChecks;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The 2FA page for headless machines: {@code GET /mfa} (a small form), {@code POST /mfa} with {@code code},
 * {@code POST /mfa/resend} with {@code method=sms|voice|device} and {@code phone=<id>}; {@code account=APPLE_ID}
 * picks the sign-in when several accounts wait. Cross-site posts are refused by the server's
 * {@link dev.orchard.app.http.BrowserGuard}; a token is required when {@code token} is set (non-loopback binds).
 */
public final class MfaWebHandler extends Handler.Abstract {
    /** What the page says after a post, by the {@code done} parameter of the redirect. */
    private static final Map<String, String> DONE = Map.of(
            "code", "Code received; Apple is checking it. If it was wrong, this page asks again.",
            "resend", "A new code is on its way.");

    private final List<MfaBroker> brokers;
    private final String token;
    private final MfaPage page;

    public MfaWebHandler(MfaBroker broker, String token) {
        this(List.of(broker), token, "", null);
    }

    /**
     * {@code brokers}: one per account; {@code chrome}: HTML the daemon's web server puts at the top of the page (its
     * stylesheet and navigation); {@code statusHref}: the status page, linked from this one (null: none).
     */
    public MfaWebHandler(List<MfaBroker> brokers, String token, String chrome, String statusHref) {
        this.brokers = List.copyOf(brokers);
        this.token = token;
        this.page = new MfaPage(chrome, statusHref);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals("/mfa") && !path.equals("/mfa/resend")) return false;
        Fields params = Request.getParameters(request);
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod())) return reply(response, callback, 405, "Method not allowed.");
        if (!authorized(request, params)) return reply(response, callback, 401, "A valid token is required (Authorization: Bearer <token> or token=<token>).");
        String account = params.getValue("account");
        List<MfaBroker> waiting = brokers.stream().filter(b -> b.pending().isPresent()).toList();
        MfaBroker broker = pick(waiting, account);
        if (!post) return page(response, callback, waiting, broker, params.getValue("token"), DONE.getOrDefault(String.valueOf(params.getValue("done")), null));
        String idle = account == null && waiting.size() > 1
                ? "Several Apple IDs wait for a code; say which with 'account' (" + String.join(", ", appleIds(waiting)) + ")."
                : "No sign-in" + (account == null ? "" : " of " + account) + " is waiting for a code right now.";
        try {
            if (path.equals("/mfa")) {
                String code = params.getValue("code");
                if (code == null) return reply(response, callback, 400, "Missing 'code'.");
                if (broker == null || !broker.submit(code)) return reply(response, callback, 409, idle);
                return answer(request, response, callback, params, "code");
            }
            String method = params.getValue("method");
            if (method == null) return reply(response, callback, 400, "Missing 'method' (sms, voice or device).");
            String phone = params.getValue("phone");
            Integer phoneId = phone == null || phone.isBlank() ? null : Integer.valueOf(phone.strip());
            if (broker == null || !broker.resend(CodeDelivery.parse(method), phoneId)) return reply(response, callback, 409, idle);
            return answer(request, response, callback, params, "resend");
        } catch (NumberFormatException e) {
            return reply(response, callback, 400, "'phone' must be a number.");
        } catch (IllegalArgumentException e) {
            return reply(response, callback, 400, capitalise(e.getMessage()) + ".");
        } catch (RuntimeException e) {
            return reply(response, callback, 502, "Apple did not accept the request: " + e.getMessage());
        }
    }

    /** The broker of the named account, or the only one waiting when none is named. */
    private static MfaBroker pick(List<MfaBroker> waiting, String account) {
        if (account == null || account.isBlank()) return waiting.size() == 1 ? waiting.get(0) : null;
        return waiting.stream().filter(b -> b.pending().map(p -> p.appleId().equalsIgnoreCase(account.strip())).orElse(false))
                .findFirst().orElse(null);
    }

    private static List<String> appleIds(List<MfaBroker> brokers) {
        return brokers.stream().map(b -> b.pending().map(MfaPrompt::appleId).orElse("")).toList();
    }

    private boolean authorized(Request request, Fields params) {
        if (token == null) return true;
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : params.getValue("token");
        return RequestChecks.sameSecret(given, token);
    }

    /**
     * A browser is sent back to the page (post, redirect, get), so that its links, relative to /mfa, keep working
     * after /mfa/resend; a program gets the message.
     */
    private boolean answer(Request request, Response response, Callback callback, Fields params, String done) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (accept == null || !accept.contains("text/html")) return reply(response, callback, 200, DONE.get(done));
        boolean resend = Request.getPathInContext(request).equals("/mfa/resend");
        StringBuilder location = new StringBuilder(resend ? "../mfa" : "mfa").append("?done=").append(done);
        String account = params.getValue("account");
        if (account != null) location.append("&account=").append(URLEncoder.encode(account, StandardCharsets.UTF_8));
        String token = params.getValue("token");
        if (token != null) location.append("&token=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location.toString());
        callback.succeeded();
        return true;
    }

    private boolean page(Response response, Callback callback, List<MfaBroker> waiting, MfaBroker shown, String tokenParam, String notice) {
        List<MfaPrompt> prompts = waiting.stream().flatMap(b -> b.pending().stream()).toList();
        String html = page.render(prompts, shown == null ? null : shown.pending().orElse(null), tokenParam, notice);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put("Cache-Control", "no-store");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.write(true, StandardCharsets.UTF_8.encode(html), callback);
        return true;
    }

    private static boolean reply(Response response, Callback callback, int status, String text) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, StandardCharsets.UTF_8.encode(text + "\n"), callback);
        return true;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
