package dev.orchard.photos.download;

import dev.orchard.photos.download.FetchDecisions.Answer;
import dev.orchard.photos.download.FetchDecisions.Decision;
import dev.orchard.photos.download.FetchDecisions.Problem;
import dev.orchard.photos.download.FetchDecisions.Step;
import dev.orchard.photos.download.FetchDecisions.Pause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The download loop's decisions, one answer at a time, without a server. */
class FetchDecisionsTest {
    private static Decision on(int status, long have) {
        return on(new Answer(status, "application/octet-stream", null, null), have, 0);
    }

    private static Decision on(Answer a, long have, int refreshes) {
        return FetchDecisions.onAnswer("Photos/a.jpg", a, have, refreshes);
    }

    @Test
    void anExpiredOrRefusedUrlAsksForAFreshOneUntilTheRefreshesRunOut() {
        for (int status : new int[] {410, 403, 404}) {
            assertThat(on(new Answer(status, null, null, null), 0, 0).step()).isEqualTo(Step.NEW_URL);
            Decision last = on(new Answer(status, null, null, null), 0, FetchDecisions.MAX_URL_REFRESHES);
            assertThat(last.step()).isEqualTo(Step.FAIL);
            assertThat(last.failure().trouble()).isEqualTo(DownloadTrouble.URL_REFUSED);
            assertThat(last.failure().detail()).isEqualTo("HTTP " + status);
        }
    }

    @Test
    void overloadBacksOffAndAnUnsatisfiableRangeStartsAgainAtOnce() {
        for (int status : new int[] {429, 500, 503}) {
            Decision d = on(status, 10);
            assertThat(d.step()).isEqualTo(Step.RETRY);
            assertThat(d.pause()).isEqualTo(Pause.BACKOFF);
            assertThat(d.counts()).isTrue();
            assertThat(d.discardPartial()).isFalse();
        }
        Decision d = on(416, 10);
        assertThat(d).extracting(Decision::step, Decision::pause, Decision::discardPartial, Decision::counts)
                .containsExactly(Step.RETRY, Pause.NONE, true, true);
    }

    @Test
    void redirectsAndOtherStatusesFailNamingOnlyTheRedirectsHost() {
        Decision d = on(new Answer(302, null, null, "https://portal.example/login?token=secret"), 0, 0);
        assertThat(d.step()).isEqualTo(Step.FAIL);
        assertThat(d.failure().retryable()).isFalse();
        assertThat(d.failure().detail()).isEqualTo("https://portal.example");
        assertThat(d.failure().getMessage()).doesNotContain("secret");
        assertThat(on(new Answer(301, null, null, null), 0, 0).failure().detail()).isEqualTo("nowhere (no Location)");
        assertThat(on(418, 0).failure().trouble()).isEqualTo(DownloadTrouble.HTTP_STATUS);
    }

    @Test
    void anHtmlAnswerIsRetriedAfterAShortPause() {
        Decision d = on(new Answer(200, "text/html; charset=utf-8", null, null), 0, 0);
        assertThat(d).extracting(Decision::step, Decision::pause, Decision::counts).containsExactly(Step.RETRY, Pause.HTML, true);
        assertThat(d.problem()).isEqualTo(Problem.HTML);
        assertThat(FetchDecisions.htmlBody().discardPartial()).isTrue();
    }

    @Test
    void aRangeThatContinuesThePartialFileAppendsAnythingElseStartsOver() {
        assertThat(on(new Answer(206, null, "bytes 100-199/200", null), 100, 0))
                .extracting(Decision::step, Decision::readFrom, Decision::discardPartial).containsExactly(Step.READ, 100L, false);
        assertThat(on(200, 100)).extracting(Decision::step, Decision::readFrom, Decision::discardPartial)
                .containsExactly(Step.READ, 0L, true);
        assertThat(on(new Answer(206, null, "bytes 50-199/200", null), 100, 0))
                .extracting(Decision::step, Decision::discardPartial, Decision::counts).containsExactly(Step.RETRY, true, true);
        assertThat(on(200, 0)).extracting(Decision::step, Decision::readFrom, Decision::discardPartial)
                .containsExactly(Step.READ, 0L, false);
    }

    @Test
    void afterABodyProgressIsRetriedAtOnceAndNoProgressCountsAndBacksOff() {
        assertThat(FetchDecisions.afterBody(200, 0, 200, null).step()).isEqualTo(Step.DONE);
        assertThat(FetchDecisions.afterBody(-1, 0, 50, null).step()).as("unknown size, ended normally").isEqualTo(Step.DONE);

        Decision progressed = FetchDecisions.afterBody(200, 0, 120, null);
        assertThat(progressed).extracting(Decision::step, Decision::pause, Decision::counts).containsExactly(Step.RETRY, Pause.NONE, false);
        assertThat(progressed.problem().trouble()).isEqualTo(DownloadTrouble.SHORT_BODY);
        assertThat(progressed.problem().text()).isEqualTo("the body ended after 120 of 200 bytes");

        Problem reset = new Problem(DownloadTrouble.NETWORK, "SocketException", "SocketException: reset");
        assertThat(FetchDecisions.afterBody(200, 120, 120, reset))
                .extracting(Decision::step, Decision::pause, Decision::counts, Decision::problem)
                .containsExactly(Step.RETRY, Pause.BACKOFF, true, reset);
        assertThat(FetchDecisions.afterBody(-1, 0, 50, reset))
                .extracting(Decision::discardPartial, Decision::pause, Decision::counts).containsExactly(true, Pause.BACKOFF, true);
    }
}
