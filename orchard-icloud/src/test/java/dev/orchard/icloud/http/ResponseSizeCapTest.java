package dev.orchard.icloud.http;

import com.sun.net.httpserver.HttpServer;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers read into memory are capped, so a huge or endless body is a clear error, not an exhausted heap. */
class ResponseSizeCapTest {
    static final int CAP = 256 * 1024;
    static FakeICloud fake;
    static HttpServer chunked;
    static final CompletableFuture<Long> endlessSent = new CompletableFuture<>();
    final List<Duration> waits = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        fake = FakeICloud.start(FakeConfig.defaults());
        fake.router().post("/setup/ws/1/huge", ex -> ex.stream(200, "application/json", 4L * CAP, out -> {
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 4 * CAP / chunk.length; i++) out.write(chunk);
        }));
        fake.router().post("/setup/ws/1/small", ex -> ex.text(200, "application/json", "{\"ok\": true}"));
        chunked = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        chunked.createContext("/endless", ex -> {
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            long sent = 0;
            try (OutputStream out = ex.getResponseBody()) {
                // "Endless" up to 80 MB, so that a client that reads on does not hang the test.
                for (int i = 0; i < 10_000; i++) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            } catch (java.io.IOException closedByTheClient) {
                // expected: the client drops the connection at the cap
            }
            endlessSent.complete(sent);
        });
        chunked.start();
    }

    @AfterAll
    static void stop() {
        fake.close();
        chunked.stop(0);
    }

    private HttpTransport transport() {
        return new HttpTransport(TransportConfig.defaults().withMaxResponseBytes(CAP).withSleeper(waits::add), new CookieJar());
    }

    @Test
    void anAnnouncedBodyOverTheCapIsRefusedNamingTheHostAndTheSizeAndNotRetried() {
        try (HttpTransport t = transport()) {
            assertThatThrownBy(() -> t.send(ApiRequest.post(fake.baseUrl() + "/setup/ws/1/huge").build(), RetryPolicy.AUTH))
                    .isInstanceOf(ResponseTooLargeException.class)
                    .isNotInstanceOf(TransportException.class)
                    .hasMessageContaining("127.0.0.1").hasMessageContaining("1.0 MB").hasMessageContaining("256 KB");
            assertThat(waits).isEmpty();
            assertThat(t.send(ApiRequest.post(fake.baseUrl() + "/setup/ws/1/small").build(), RetryPolicy.AUTH).json()
                    .path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void aBodyWithoutALengthIsCutOffAtTheCapAndNotReadOn() {
        String url = "http://127.0.0.1:" + chunked.getAddress().getPort() + "/endless";
        try (HttpTransport t = transport()) {
            assertThatThrownBy(() -> t.send(ApiRequest.get(url).build(), RetryPolicy.AUTH))
                    .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("more than 256 KB");
            assertThat(waits).isEmpty();
        }
        // The connection was dropped, not read to its end: the server got no further than what socket buffers hold.
        assertThat(endlessSent.join()).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void theDefaultCapLeavesRoomForTheBiggestRealPages() {
        assertThat(TransportConfig.defaults().maxResponseBytes()).isBetween(16L * 1024 * 1024, 64L * 1024 * 1024);
    }
}
