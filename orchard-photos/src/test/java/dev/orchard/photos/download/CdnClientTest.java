package dev.orchard.photos.download;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CdnClientTest {
    @Test
    void whatAUriCannotHoldIsPercentEncodedInUpperCaseHex() {
        assertThat(CdnClient.escape("https://cvws.icloud-content.com/B/AQ/${f}?o=a b&p=\u00e9|"))
                .isEqualTo("https://cvws.icloud-content.com/B/AQ/$%7Bf%7D?o=a%20b&p=%C3%A9%7C");
    }
}
