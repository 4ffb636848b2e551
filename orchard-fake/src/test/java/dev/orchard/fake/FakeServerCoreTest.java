package dev.orchard.fake;

import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.http.ServiceGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeServerCoreTest {
    @TempDir
    static Path dir;
    static FakeICloud fake;
    static final byte[] BLOB = new byte[200_000];

    @BeforeAll
    static void start() {
        Arrays.fill(BLOB, (byte) 7);
        fake = FakeICloud.start(FakeConfig.defaults().proxyPort(0).caFile(dir.resolve("ca.pem"))
                .requestLog(dir.resolve("requests.jsonl")));
        fake.router().get("/B/test/{name}", ex -> ex.bytes(200, "application/octet-stream", BLOB)
                .header("X-Seen-Host", ex.host()).header("X-Seen-Via", ex.via().label()));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void clearFaults() {
        fake.faults().clear();
    }

    private static HttpResponse<byte[]> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesDirectRequestsAndCountsThem() throws Exception {
        long before = fake.stats().count(ServiceGroup.CDN);
        HttpResponse<byte[]> r = get(HttpClient.newHttpClient(), fake.baseUrl() + "/B/test/x");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(BLOB);
        assertThat(r.headers().firstValue("X-Seen-Via")).hasValue("direct");
        assertThat(fake.stats().count(ServiceGroup.CDN)).isEqualTo(before + 1);
    }

    @Test
    void unknownPathsAnswer404AndWrongMethods405() throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        assertThat(get(c, fake.baseUrl() + "/nothing/here").statusCode()).isEqualTo(404);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/B/test/x"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
    }

    @Test
    void absoluteUriRequestsThroughTheProxyKeepTheAppleHost() throws Exception {
        HttpClient viaProxy = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", fake.proxyPort()))).build();
        HttpResponse<byte[]> r = get(viaProxy, "http://cvws.icloud-content.com/B/test/y");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Seen-Host")).hasValue("cvws.icloud-content.com");
        assertThat(r.headers().firstValue("X-Seen-Via")).hasValue("proxy");
    }

    @Test
    void connectTunnelsTerminateTlsWithTheFakeCa() throws Exception {
        HttpClient viaTunnel = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", fake.proxyPort())))
                .sslContext(trusting(Files.readString(dir.resolve("ca.pem")))).build();
        HttpResponse<byte[]> r = get(viaTunnel, "https://cvws.icloud-content.com/B/test/z");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(BLOB);
        assertThat(r.headers().firstValue("X-Seen-Via")).hasValue("tunnel");
        assertThat(Files.readString(dir.resolve("requests.jsonl"))).contains("\"via\":\"tunnel\"");
    }

    @Test
    void untrustedClientsRejectTheTunnelCertificate() {
        HttpClient strict = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", fake.proxyPort()))).build();
        assertThatThrownBy(() -> get(strict, "https://idmsa.apple.com/B/test/z")).isInstanceOf(IOException.class);
    }

    @Test
    void injectsStatusWithRetryAfterThenRecovers() throws Exception {
        fake.faults().add(FaultRule.status(ServiceGroup.CDN, 503, 7, 1));
        HttpClient c = HttpClient.newHttpClient();
        HttpResponse<byte[]> first = get(c, fake.baseUrl() + "/B/test/a");
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(get(c, fake.baseUrl() + "/B/test/a").statusCode()).isEqualTo(200);
    }

    @Test
    void truncatedBodiesFailTheClient() {
        fake.faults().add(FaultRule.parse("group=cdn,kind=truncate,count=1"));
        HttpClient c = HttpClient.newHttpClient();
        assertThatThrownBy(() -> get(c, fake.baseUrl() + "/B/test/t")).isInstanceOf(IOException.class);
    }

    @Test
    void resetConnectionsFailTheClient() {
        // The JDK client retries an idempotent GET once after a reset, so two resets are needed to fail it.
        fake.faults().add(FaultRule.parse("group=cdn,kind=reset,count=2"));
        HttpClient c = HttpClient.newHttpClient();
        assertThatThrownBy(() -> get(c, fake.baseUrl() + "/B/test/r")).isInstanceOf(IOException.class);
    }

    @Test
    void cloudKitErrorsArriveInside200Bodies() throws Exception {
        fake.faults().add(FaultRule.parse("group=cloudkit,kind=cloudkit-error,code=THROTTLED,count=1"));
        HttpResponse<byte[]> r = get(HttpClient.newHttpClient(),
                fake.baseUrl() + "/database/1/com.apple.photos.cloud/production/private/zones/list");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("\"serverErrorCode\":\"THROTTLED\"");
    }

    @Test
    void rejectsMalformedFaultSpecsWithAClearMessage() {
        assertThatThrownBy(() -> FaultRule.parse("group=cdn,kind=explode"))
                .hasMessageContaining("unknown fault kind 'explode'");
        assertThatThrownBy(() -> FaultRule.parse("group=moon,kind=reset"))
                .hasMessageContaining("unknown service group 'moon'");
        assertThatThrownBy(() -> FaultRule.parse("kind=status,status=200")).hasMessageContaining("400 to 599");
    }

    static SSLContext trusting(String pem) {
        return FakeCaTrust.sslContext(pem);
    }

    @Test
    void thePrintedAdminAddressListsTheAdminRoutes() throws Exception {
        HttpResponse<byte[]> r = get(HttpClient.newHttpClient(), fake.baseUrl() + "/_fake/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("GET /_fake/stats").contains("POST /_fake/faults").contains("POST /_fake/clock/advance");
    }
}
