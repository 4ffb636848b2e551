package dev.orchard.photos.download;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureBreakerTest {
    static DownloadException html(String path) {
        return new DownloadException(path + ": gave up after 6 attempts (an HTML page instead of the file)", true,
                DownloadTrouble.HTML_PAGE, "");
    }

    @Test
    void tripsOnARunOfIdenticalFailuresSayingWhatIsWrong() {
        FailureBreaker b = new FailureBreaker(3);
        assertThat(b.failed(html("a"))).isNull();
        assertThat(b.failed(html("b"))).isNull();
        DownloadsFailingException stop = b.failed(html("c"));
        assertThat(stop).isNotNull();
        assertThat(stop.getMessage()).startsWith("iCloud's download server answers an HTML page instead of the files: "
                + "a captive portal or proxy? Downloads stopped after 3 files in a row failed the same way; the last: c: gave up");
    }

    @Test
    void aSuccessOrADifferentFailureStartsTheCountAgain() {
        FailureBreaker b = new FailureBreaker(3);
        b.failed(html("a"));
        b.failed(html("b"));
        b.succeeded();
        assertThat(b.failed(html("c"))).isNull();
        assertThat(b.failed(html("d"))).isNull();
        assertThat(b.failed(new DownloadException("e: the CDN answered HTTP 404", false, DownloadTrouble.HTTP_STATUS, "HTTP 404"))).isNull();
        assertThat(b.failed(new DownloadException("f: the CDN answered HTTP 401", false, DownloadTrouble.HTTP_STATUS, "HTTP 401"))).isNull();
        assertThat(b.failed(html("g"))).isNull();
        assertThat(b.failed(new DownloadException("h: gone", false))).isNull();
        assertThat(b.failed(html("i"))).isNull();
        assertThat(b.failed(html("j"))).isNull();
        assertThat(b.failed(html("k"))).isNotNull();
    }
}
