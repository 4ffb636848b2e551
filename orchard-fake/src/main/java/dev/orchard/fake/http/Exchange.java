package dev.orchard.fake.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request to the fake and the response being built for it. Handlers read the request side and
 * set status, headers and body; the server bridge writes the result.
 */
public final class Exchange {

    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final String path;
    private final String rawQuery;
    private final Via via;
    private final Map<String, List<String>> headers;
    private final Map<String, String> cookies;
    private static final long MAX_BODY = 512L * 1024 * 1024;

    private byte[] body;
    private InputStream bodySource;
    private boolean bodyStreamed;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private Map<String, List<String>> query;
    private JsonNode json;

    private int status = 200;
    private final List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
    private byte[] responseBody = new byte[0];
    private BodyWriter responseWriter;
    private long responseLength = -1;
    private boolean reset;

    public Exchange(String method, String scheme, String host, int port, String path, String rawQuery,
                    Via via, Map<String, List<String>> headers, Map<String, String> cookies, byte[] body) {
        this(method, scheme, host, port, path, rawQuery, via, headers, cookies, (InputStream) null);
        this.body = body;
    }

    /** An exchange whose body is read from {@code bodySource} only when a handler asks for it. */
    public Exchange(String method, String scheme, String host, int port, String path, String rawQuery,
                    Via via, Map<String, List<String>> headers, Map<String, String> cookies, InputStream bodySource) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.scheme = scheme;
        this.host = host == null ? "" : host.toLowerCase(Locale.ROOT);
        this.port = port;
        this.path = path;
        this.rawQuery = rawQuery;
        this.via = via;
        TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = Collections.unmodifiableMap(h);
        this.cookies = Collections.unmodifiableMap(new LinkedHashMap<>(cookies));
        this.bodySource = bodySource;
    }

    // ---- request side

    public String method() { return method; }
    public String scheme() { return scheme; }
    public String host() { return host; }
    public int port() { return port; }
    public String path() { return path; }
    public String rawQuery() { return rawQuery; }
    public Via via() { return via; }

    /** The whole request body (empty once a handler has streamed it with {@link #bodyStream()}). */
    public byte[] body() {
        if (body == null) {
            if (bodySource == null || bodyStreamed) {
                body = new byte[0];
            } else {
                try (InputStream in = bodySource) {
                    body = in.readNBytes((int) Math.min(MAX_BODY, Integer.MAX_VALUE - 8));
                } catch (IOException e) {
                    throw new BadRequest("request body could not be read: " + e.getMessage());
                }
            }
        }
        return body;
    }

    /** The request body as a stream, for bodies too large to hold in memory; read it once. */
    public InputStream bodyStream() {
        if (body != null || bodyStreamed) throw new IllegalStateException("the request body was read already");
        bodyStreamed = true;
        return bodySource == null ? InputStream.nullInputStream() : bodySource;
    }

    /** Whether a handler consumed the body as a stream (request logs then omit it). */
    public boolean bodyStreamed() { return bodyStreamed; }
    public Map<String, String> cookies() { return cookies; }
    public Map<String, List<String>> headers() { return headers; }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    void setPathParams(Map<String, String> params) {
        pathParams.clear();
        pathParams.putAll(params);
    }

    public String query(String name) {
        List<String> values = queryParams().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public Map<String, List<String>> queryParams() {
        if (query == null) {
            Map<String, List<String>> q = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    if (pair.isEmpty()) continue;
                    int eq = pair.indexOf('=');
                    String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                }
            }
            query = q;
        }
        return query;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON whatever the Content-Type says (Apple's servers accept text/plain JSON, and
     * clients send all sorts). An empty body or the literal {@code null} gives a NullNode.
     *
     * @throws BadRequest when the body is not JSON
     */
    public JsonNode json() {
        if (json == null) {
            String text = bodyText().trim();
            if (text.isEmpty()) {
                json = NullNode.getInstance();
            } else {
                try {
                    json = Json.MAPPER.readTree(text);
                } catch (IOException e) {
                    throw new BadRequest("request body is not JSON");
                }
            }
        }
        return json;
    }

    /** True when the client addressed an Apple host name (through the proxy or a hosts-file entry). */
    public boolean appleAddressed() {
        return PublicUrls.isAppleHost(host);
    }

    /** The origin the client used to reach the fake, e.g. {@code http://127.0.0.1:8080}. */
    public String origin() {
        boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        String h = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + h + (defaultPort || port <= 0 ? "" : ":" + port);
    }

    // ---- response side

    public Exchange status(int code) {
        this.status = code;
        return this;
    }

    public int status() { return status; }

    public Exchange header(String name, String value) {
        responseHeaders.add(Map.entry(name, value));
        return this;
    }

    public List<Map.Entry<String, String>> responseHeaders() { return responseHeaders; }

    public String responseHeader(String name) {
        for (Map.Entry<String, String> e : responseHeaders) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        }
        return null;
    }

    public Exchange cookie(SetCookie cookie) {
        return header("Set-Cookie", cookie.render(appleAddressed()));
    }

    public Exchange json(int code, Object value) {
        status(code);
        try {
            responseBody = Json.MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render JSON response", e);
        }
        responseWriter = null;
        return header("Content-Type", "application/json;charset=UTF-8");
    }

    public Exchange json(Object value) {
        return json(200, value);
    }

    public Exchange text(int code, String contentType, String text) {
        status(code);
        responseBody = text.getBytes(StandardCharsets.UTF_8);
        responseWriter = null;
        return header("Content-Type", contentType);
    }

    public Exchange bytes(int code, String contentType, byte[] data) {
        status(code);
        responseBody = data;
        responseWriter = null;
        return header("Content-Type", contentType);
    }

    /** A streamed body of exactly {@code length} bytes. */
    public Exchange stream(int code, String contentType, long length, BodyWriter writer) {
        status(code);
        responseWriter = writer;
        responseLength = length;
        responseBody = null;
        return header("Content-Type", contentType);
    }

    public Exchange noContent() {
        status(204);
        responseBody = new byte[0];
        responseWriter = null;
        return this;
    }

    /** Drop the connection without answering, as a network reset would. */
    public void resetConnection() {
        reset = true;
    }

    public boolean isReset() { return reset; }
    public byte[] responseBody() { return responseBody; }
    public BodyWriter responseWriter() { return responseWriter; }

    public long responseLength() {
        return responseWriter != null ? responseLength : responseBody.length;
    }
}
