package dev.orchard.app.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Lets a request through when {@link WebAccess} allows it; {@code /healthz} is always open. */
final class AccessGuard extends Handler.Wrapper {
    private final WebAccess access;

    AccessGuard(WebAccess access, Handler next) {
        super(next);
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        boolean allowed = path.equals("/healthz") || (path.equals("/metrics") ? access.allowsMetrics(authorization) : access.allows(authorization));
        if (!allowed) {
            if (access.usesPassword() && !path.equals("/metrics")) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Orchard\", charset=\"UTF-8\"");
            }
            return Replies.text(response, callback, 401, "Authentication required.");
        }
        return super.handle(request, response, callback);
    }
}
