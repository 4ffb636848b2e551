package dev.orchard.icloud.http;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine under {@link HttpTransport}: Apache HttpClient's classic (blocking) client. A request is one thread
 * writing and reading one socket, so each download costs a read loop and TLS record decryption, not the JDK
 * HttpClient's selector thread, executor hand-offs and futures (a third of an initial sync's Java CPU, measured
 * in bench/RESULTS.md). Same behaviour as the JDK client it replaced: HTTP/1.1, one keep-alive pool per host, the
 * proxy and CA of {@link TransportConfig}, no redirects, no cookies (the jar does them), no compression (the
 * bytes must be Apple's), no hidden retries (the transport's {@link RetryPolicy} and the downloader decide).
 */
final class BlockingClient implements AutoCloseable {
    /** Above any --photos-threads: connections are only opened on demand, and a download never waits for a slot. */
    private static final int MAX_PER_HOST = 256;

    private final CloseableHttpClient client;

    BlockingClient(TransportConfig config) {
        SSLContext tls = config.caFile() != null ? ExtraCaTrust.sslContext(config.caFile()) : defaultContext();
        HttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls)
                        .setHostVerificationPolicy(HostnameVerificationPolicy.BUILTIN).buildClassic())
                .setMaxConnPerRoute(MAX_PER_HOST)
                .setMaxConnTotal(2 * MAX_PER_HOST)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.requestTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        var b = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(config.requestTimeout())).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .disableConnectionState()
                .disableDefaultUserAgent();
        if (config.proxy() != null) b.setRoutePlanner(new SystemDefaultRoutePlanner(config.proxy()));
        client = b.build();
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no default TLS context", e);
        }
    }

    /** An answer read into memory. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
    }

    /**
     * Sends the request with {@code headers} (the request's, plus User-Agent and Cookie) and its body, or the
     * file {@code bodyFile} when not null, and reads the answer, refusing more than {@code cap} bytes.
     */
    Answer send(ApiRequest request, List<Map.Entry<String, String>> headers, Path bodyFile, long cap) throws IOException {
        HttpUriRequestBase r = request(request, headers);
        if (bodyFile != null) r.setEntity(new FileEntity(bodyFile.toFile(), (ContentType) null));
        else if (request.body() != null || request.method().equals("POST") || request.method().equals("PUT")) {
            r.setEntity(new ByteArrayEntity(request.body() == null ? new byte[0] : request.body(), null));
        }
        try (ClassicHttpResponse response = client.executeOpen(null, r, null)) {
            byte[] body;
            try {
                body = body(response.getEntity(), cap);
            } catch (IOException | RuntimeException e) {
                // Before anything closes the body: closing it reads it to its end, which a body over the cap (or
                // one that never ends) must not be.
                abandon(response, r);
                throw e;
            }
            return new Answer(response.getCode(), headers(response.getHeaders()), body);
        }
    }

    /** Reads a whole body (at most {@code cap} bytes); the stream is closed only once it has been read to its end. */
    private static byte[] body(HttpEntity entity, long cap) throws IOException {
        if (entity == null) return new byte[0];
        InputStream in = entity.getContent();
        byte[] body = CappedBody.read(in, entity.getContentLength(), cap);
        in.close();
        return body;
    }

    /** Sends the request with {@code headers} and opens the answer's body (downloads: never read into memory). */
    StreamingResponse open(ApiRequest request, List<Map.Entry<String, String>> headers) throws IOException {
        HttpUriRequestBase r = request(request, headers);
        ClassicHttpResponse response = client.executeOpen(null, r, null);
        try {
            HttpEntity entity = response.getEntity();
            InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            return new StreamingResponse(request.uri(), response.getCode(), headers(response.getHeaders()),
                    new Body(body, response, r));
        } catch (IOException | RuntimeException e) {
            abandon(response, r);
            throw e;
        }
    }

    private static HttpUriRequestBase request(ApiRequest request, List<Map.Entry<String, String>> headers) {
        HttpUriRequestBase r = new HttpUriRequestBase(request.method(), request.uri());
        for (Map.Entry<String, String> h : headers) r.addHeader(h.getKey(), h.getValue());
        return r;
    }

    static HttpHeaders headers(Header[] all) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : all) map.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /**
     * Closing a body read to its end gives the connection back to the pool; closing it earlier (an HTML page, a
     * stall, a cancelled run) drops the connection rather than reading the rest of a file nobody wants.
     */
    private static final class Body extends FilterInputStream {
        private final ClassicHttpResponse response;
        private final HttpUriRequestBase request;
        private volatile boolean ended;
        private boolean closed;

        Body(InputStream in, ClassicHttpResponse response, HttpUriRequestBase request) {
            super(in);
            this.response = response;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) ended = true;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) ended = true;
            return n;
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) return;
            closed = true;
            if (ended) response.close();
            else abandon(response, request);
        }
    }

    /** Closes the connection under an answer not read to its end, rather than reading the rest of it. */
    private static void abandon(ClassicHttpResponse response, HttpUriRequestBase request) throws IOException {
        if (response instanceof ModalCloseable m) {
            m.close(CloseMode.IMMEDIATE);
        } else {
            request.cancel();
            response.close();
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
