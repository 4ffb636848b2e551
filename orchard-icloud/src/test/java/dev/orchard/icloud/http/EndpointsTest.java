package dev.orchard.icloud.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointsTest {
    @Test
    void appleHostsPerDomain() {
        assertThat(Endpoints.apple(Domain.COM).auth()).isEqualTo("https://idmsa.apple.com/appleauth/auth");
        assertThat(Endpoints.apple(Domain.COM).setup()).isEqualTo("https://setup.icloud.com/setup/ws/1");
        assertThat(Endpoints.apple(Domain.CN).setup()).isEqualTo("https://setup.icloud.com.cn/setup/ws/1");
        assertThat(Endpoints.apple(Domain.CN).auth()).isEqualTo("https://idmsa.apple.com/appleauth/auth");
        assertThat(Endpoints.appleWithChinaIdmsa().auth()).isEqualTo("https://idmsa.apple.com.cn/appleauth/auth");
        assertThat(Endpoints.apple(Domain.CN).webOrigin()).isEqualTo("https://www.icloud.com.cn");
    }

    @Test
    void overrideSendsBothServicesToOneOrigin() {
        Endpoints e = Endpoints.override("http://127.0.0.1:8080/", Domain.COM);
        assertThat(e.auth()).isEqualTo("http://127.0.0.1:8080/appleauth/auth");
        assertThat(e.setup()).isEqualTo("http://127.0.0.1:8080/setup/ws/1");
        assertThat(e.overridden()).isTrue();
    }

    @Test
    void overrideMustBeAnOrigin() {
        assertThatThrownBy(() -> Endpoints.override("ftp://x", Domain.COM)).hasMessageContaining("must be an origin");
        assertThatThrownBy(() -> Endpoints.override("http://h:1/path", Domain.COM)).hasMessageContaining("must be an origin");
        assertThatThrownBy(() -> Endpoints.override("not a url", Domain.COM)).hasMessageContaining("must be an origin");
    }
}
