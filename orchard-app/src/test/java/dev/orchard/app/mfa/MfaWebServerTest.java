package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.TrustedPhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MfaWebServerTest {
    final MfaBroker broker = new MfaBroker(Duration.ofSeconds(30));
    final List<String> resends = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    MfaWebServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    private MfaPrompt prompt() {
        return new MfaPrompt("me@example.com", 6, true, List.of(new TrustedPhoneNumber(1, "+1 (•••) •••-••81", "sms")),
                CodeDelivery.DEVICE, null, 1, false, (d, phone) -> resends.add(d.wire() + ":" + phone));
    }

    /** Starts a sign-in waiting for a code and returns once the broker is waiting. */
    private CompletableFuture<String> waitingSignIn() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        broker.onPrompt(p -> waiting.countDown());
        CompletableFuture<String> code = CompletableFuture.supplyAsync(() -> broker.awaitCode(prompt()));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        return code;
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postedCodeReachesTheWaitingSignIn() throws Exception {
        server = MfaWebServer.start(broker, "127.0.0.1", 0, null);
        CompletableFuture<String> code = waitingSignIn();
        HttpResponse<String> page = get("/mfa");
        assertThat(page.body()).contains("me@example.com").contains("name=\"code\"").contains("by text to +1");
        HttpResponse<String> r = post("/mfa", "code=012345");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("012345");
    }

    @Test
    void resendGoesToTheRequestedPhoneOrDevices() throws Exception {
        server = MfaWebServer.start(broker, "127.0.0.1", 0, null);
        CompletableFuture<String> code = waitingSignIn();
        assertThat(post("/mfa/resend", "method=sms&phone=1").statusCode()).isEqualTo(200);
        assertThat(post("/mfa/resend", "method=device").statusCode()).isEqualTo(200);
        assertThat(post("/mfa/resend", "method=pigeon").statusCode()).isEqualTo(400);
        assertThat(resends).containsExactly("sms:1", "device:null");
        post("/mfa", "code=111111");
        code.get(10, TimeUnit.SECONDS);
    }

    @Test
    void refusesBadCodesCrossSitePostsAndPostsWithNobodyWaiting() throws Exception {
        server = MfaWebServer.start(broker, "127.0.0.1", 0, null);
        assertThat(post("/mfa", "code=123456").statusCode()).isEqualTo(409);
        CompletableFuture<String> code = waitingSignIn();
        assertThat(post("/mfa", "code=12ab56").statusCode()).isEqualTo(400);
        assertThat(post("/mfa", "code=123456", "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(code).isNotDone();
        post("/mfa", "code=123456", "Origin", "http://127.0.0.1:" + server.port());
        assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("123456");
    }

    @Test
    void aBrowsersPostComesBackToThePageWithWhatHappened() throws Exception {
        server = MfaWebServer.start(broker, "127.0.0.1", 0, null);
        CompletableFuture<String> code = waitingSignIn();
        HttpResponse<String> resent = post("/mfa/resend", "method=sms&phone=1&account=me%40example.com", "Accept", "text/html");
        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(resent.headers().firstValue("Location")).hasValue("../mfa?done=resend&account=me%40example.com");
        assertThat(get("/mfa?done=resend&account=me%40example.com").body()).contains("<p id=\"notice\"><strong>A new code is on its way.")
                .contains("name=\"code\"");
        assertThat(get("/mfa?done=%3Cscript%3E").body()).doesNotContain("notice");
        HttpResponse<String> sent = post("/mfa", "code=654321&account=me%40example.com", "Accept", "text/html");
        assertThat(sent.headers().firstValue("Location")).hasValue("mfa?done=code&account=me%40example.com");
        assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("654321");
    }

    @Test
    void nonLoopbackBindNeedsAToken() {
        assertThatThrownBy(() -> MfaWebServer.start(broker, "0.0.0.0", 0, null))
                .hasMessageContaining("set --mfa-token");
    }

    @Test
    void tokenIsRequiredWhenConfigured() throws Exception {
        server = MfaWebServer.start(broker, "0.0.0.0", 0, "tok-123");
        CompletableFuture<String> code = waitingSignIn();
        assertThat(post("/mfa", "code=123456").statusCode()).isEqualTo(401);
        assertThat(post("/mfa", "code=123456", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(post("/mfa", "code=123456", "Authorization", "Bearer tok-123").statusCode()).isEqualTo(200);
        assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo("123456");
    }

    @Test
    void waitingTimesOutWithAClearMessage() {
        MfaBroker quick = new MfaBroker(Duration.ofMillis(1));
        assertThatThrownBy(() -> quick.awaitCode(prompt())).isInstanceOf(AuthException.class)
                .hasMessageContaining("No verification code was entered for me@example.com");
    }
}
