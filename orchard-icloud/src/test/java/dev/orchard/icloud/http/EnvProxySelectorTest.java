package dev.orchard.icloud.http;

import org.junit.jupiter.api.Test;

import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvProxySelectorTest {
    @Test
    void noProxyConfiguredMeansNoSelector() {
        assertThat(EnvProxySelector.fromEnvironment(Map.of())).isNull();
    }

    @Test
    void proxiesHttpsOnlyAndHonoursNoProxy() {
        EnvProxySelector s = EnvProxySelector.fromEnvironment(Map.of(
                "https_proxy", "http://127.0.0.1:8888", "NO_PROXY", "localhost, .internal.example,10.0.0.1:443"));
        assertThat(s.select(URI.create("https://idmsa.apple.com/x")).get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(s.select(URI.create("http://idmsa.apple.com/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(s.select(URI.create("https://localhost/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(s.select(URI.create("https://a.internal.example/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(s.select(URI.create("https://internal.example/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(s.select(URI.create("https://10.0.0.1/x"))).containsExactly(Proxy.NO_PROXY);
        assertThat(s.select(URI.create("https://notinternal.example/x")).get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(s.proxyAddress().getPort()).isEqualTo(8888);
    }

    @Test
    void upperCaseWinsAndStarBypassesEverything() {
        EnvProxySelector s = EnvProxySelector.fromEnvironment(Map.of(
                "HTTPS_PROXY", "127.0.0.1:3128", "https_proxy", "http://ignored:1", "no_proxy", "*"));
        assertThat(s.proxyAddress().getHostString()).isEqualTo("127.0.0.1");
        assertThat(s.select(URI.create("https://setup.icloud.com/"))).containsExactly(Proxy.NO_PROXY);
    }

    @Test
    void rejectsUnusableProxyValues() {
        assertThatThrownBy(() -> EnvProxySelector.fromEnvironment(Map.of("HTTPS_PROXY", "socks5://h:1")))
                .hasMessageContaining("HTTPS_PROXY must look like http://host:port");
        assertThatThrownBy(() -> EnvProxySelector.fromEnvironment(Map.of("HTTPS_PROXY", "http://u:p@h:1")))
                .hasMessageContaining("not supported").hasMessageNotContaining("u:p");
    }
}
