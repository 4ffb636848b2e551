package dev.orchard.photos.download;

import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.http.TransportException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdaptiveLimitTest {
    static final long QUICK = 50_000_000L;

    @Test
    void quickAnswersRaiseTheLimitUpToTheCeilingAndNoFurther() {
        AdaptiveLimit limit = AdaptiveLimit.upTo(20);
        assertThat(limit.current()).isEqualTo(AdaptiveLimit.START);
        for (int i = 0; i < 100; i++) limit.answered(QUICK);
        assertThat(limit.current()).isEqualTo(20);
    }

    @Test
    void aCeilingBelowTheStartIsWhereItStarts() {
        assertThat(AdaptiveLimit.upTo(3).current()).isEqualTo(3);
    }

    @Test
    void pushBackHalvesTheLimitOncePerRound() {
        AdaptiveLimit limit = AdaptiveLimit.upTo(64);
        for (int i = 0; i < 24; i++) limit.answered(QUICK);
        assertThat(limit.current()).isEqualTo(32);
        limit.pushedBack();
        limit.pushedBack();
        limit.pushedBack();
        assertThat(limit.current()).as("a burst of 503s is one cut").isEqualTo(16);
        for (int i = 0; i < 16; i++) limit.answered(QUICK);
        limit.pushedBack();
        assertThat(limit.current()).isEqualTo(8);
        for (int i = 0; i < 40; i++) limit.pushedBack();
        assertThat(limit.current()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void afterTroubleItGrowsByOnePerRoundOfQuickAnswers() {
        AdaptiveLimit limit = AdaptiveLimit.upTo(64);
        limit.answered(QUICK);
        limit.pushedBack();
        int after = limit.current();
        for (int i = 0; i < after; i++) limit.answered(QUICK);
        for (int i = 0; i < after; i++) limit.answered(QUICK);
        assertThat(limit.current()).isBetween(after + 1, after + 2);
    }

    @Test
    void answersThatSlowDownStopTheGrowthAndThenShrinkIt() {
        AdaptiveLimit limit = AdaptiveLimit.upTo(64);
        limit.answered(QUICK);
        limit.answered(QUICK);
        int before = limit.current();
        limit.answered(QUICK * 4);
        assertThat(limit.current()).as("a queueing answer ends the fast growth").isEqualTo(before);
        for (int i = 0; i < 2 * before; i++) limit.answered(QUICK * 4);
        assertThat(limit.current()).isLessThan(before);
    }

    @Test
    void aFixedLimitNeverMoves() {
        AdaptiveLimit limit = AdaptiveLimit.fixed(4);
        for (int i = 0; i < 50; i++) limit.answered(QUICK);
        limit.pushedBack();
        assertThat(limit.current()).isEqualTo(4);
    }

    @Test
    void aSlotBeyondTheLimitWaitsUntilOneIsGivenBack() throws InterruptedException {
        AdaptiveLimit limit = AdaptiveLimit.fixed(2);
        limit.acquire();
        limit.acquire();
        CountDownLatch took = new CountDownLatch(1);
        Thread third = Thread.ofPlatform().start(() -> {
            try {
                limit.acquire();
                took.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (third.getState() != Thread.State.WAITING) Thread.onSpinWait();
        assertThat(took.getCount()).as("no third slot while two are taken").isEqualTo(1);
        limit.release();
        assertThat(took.await(10, TimeUnit.SECONDS)).isTrue();
        third.join();
    }

    @Test
    void theWatchedClientReportsRefusalsAndNetworkFailures() {
        AdaptiveLimit limit = AdaptiveLimit.upTo(64);
        for (int i = 0; i < 8; i++) limit.answered(QUICK);
        int[] status = {503};
        CdnClient cdn = limit.watching((url, from) -> {
            if (status[0] == 0) throw new TransportException("cannot reach cvws.icloud-content.com", null);
            return response(status[0]);
        });
        cdn.get("https://cvws.icloud-content.com/B/x", 0);
        assertThat(limit.current()).isEqualTo(8);
        for (int i = 0; i < 8; i++) limit.answered(QUICK);
        status[0] = 0;
        assertThatThrownBy(() -> cdn.get("https://cvws.icloud-content.com/B/x", 0)).isInstanceOf(TransportException.class);
        assertThat(limit.current()).isEqualTo(4);
    }

    private static StreamingResponse response(int status) {
        return new StreamingResponse(URI.create("https://cvws.icloud-content.com/B/x"), status,
                HttpHeaders.of(Map.of(), (a, b) -> true), new ByteArrayInputStream(new byte[0]));
    }
}
