package dev.orchard.fake.http;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns Jetty requests into {@link Exchange}s and writes their responses back, blocking style. */
final class JettyBridge extends Handler.Abstract {
    private final Dispatcher dispatcher;
    private final Function<Connector, Via> viaOf;
    private final RequestLog log;

    JettyBridge(Dispatcher dispatcher, Function<Connector, Via> viaOf, RequestLog log) {
        this.dispatcher = dispatcher;
        this.viaOf = viaOf;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        Exchange ex = toExchange(request);
        dispatcher.dispatch(ex);
        // Drain what the handler left unread, as before bodies were streamed, so the connection stays reusable.
        if (!ex.bodyStreamed()) {
            try {
                ex.body();
            } catch (BadRequest unreadable) {
                // the client went away mid-body; the response below fails the same way
            }
        }
        // Logged before the response goes out, so whoever reads the log after the response finds the line.
        if (log != null) log.record(ex, (System.nanoTime() - started) / 1_000_000);
        try {
            if (ex.isReset()) {
                abort(request);
                callback.succeeded();
            } else {
                writeResponse(request, response, ex);
                callback.succeeded();
            }
        } catch (Throwable t) {
            callback.failed(t);
        }
        return true;
    }

    private Exchange toExchange(Request request) throws IOException {
        HttpURI uri = request.getHttpURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
        }
        InputStream body = Content.Source.asInputStream(request);
        String path = uri.getDecodedPath();
        if (path == null || path.isEmpty()) path = "/";
        return new Exchange(request.getMethod(), uri.getScheme() == null ? "http" : uri.getScheme(),
                uri.getHost(), uri.getPort(), path, uri.getQuery(), viaOf.apply(request.getConnectionMetaData().getConnector()),
                headers, CookieHeader.parse(request.getHeaders().getValuesList(HttpHeader.COOKIE)), body);
    }

    private void writeResponse(Request request, Response response, Exchange ex) throws IOException {
        response.setStatus(ex.status());
        for (Map.Entry<String, String> h : ex.responseHeaders()) {
            response.getHeaders().add(h.getKey(), h.getValue());
        }
        long length = ex.responseLength();
        boolean bodyAllowed = ex.status() != 204 && ex.status() != 304 && !"HEAD".equals(ex.method());
        if (!bodyAllowed) return;
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        boolean truncate = length > 1 && dispatcher.truncate(ex);
        long bandwidth = dispatcher.bandwidth(ex);
        OutputStream raw = Content.Sink.asOutputStream(response);
        OutputStream out = bandwidth > 0 ? new ThrottledOutputStream(raw, bandwidth) : raw;
        if (truncate) out = new CuttingOutputStream(out, length / 2);
        try {
            if (ex.responseWriter() != null) {
                ex.responseWriter().writeTo(out);
            } else {
                out.write(ex.responseBody());
            }
            out.flush();
        } catch (CuttingOutputStream.Cut cut) {
            abort(request);
            throw cut;
        }
        out.close();
    }

    private static void abort(Request request) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
