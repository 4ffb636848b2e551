package dev.orchard.icloud.photos.listing;

import dev.orchard.icloud.photos.cloudkit.CkRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RankedPagesTest {
    /** An index of {@code n} items where ranks in {@code holes} come back empty (deleted entries). */
    static ParsedPage page(int n, long start, int size, Set<Long> holes) {
        List<CkRecord> out = new ArrayList<>();
        for (long r = start; r < Math.min(n, start + size); r++) {
            if (!holes.contains(r)) out.add(Records.asset("a" + r, "m" + r));
        }
        return ParsedPage.of(out);
    }

    @Test
    void fetchesThePlannedPagesInParallelAndStopsWithoutProbing() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Set<String> seen = Collections.synchronizedSet(new HashSet<>());
        int pages = RankedPages.run(10, 95, 3, rank -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return page(95, rank, 10, Set.of());
            } finally {
                inFlight.decrementAndGet();
            }
        }, recs -> recs.assets().forEach(r -> seen.add(r.recordName())), () -> seen.size());
        assertThat(pages).isEqualTo(10);
        assertThat(seen).hasSize(95);
        assertThat(most.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void probesPastAStaleCountAndThroughEmptyPagesInMidList() {
        Set<Long> holes = new HashSet<>();
        for (long r = 100; r < 110; r++) holes.add(r);
        Set<String> seen = new HashSet<>();
        RankedPages.run(10, 50, 2, rank -> page(130, rank, 10, holes), recs -> recs.assets().forEach(r -> seen.add(r.recordName())),
                seen::size);
        assertThat(seen).hasSize(50);
        Set<String> more = new HashSet<>();
        RankedPages.run(10, 120, 2, rank -> page(130, rank, 10, holes), recs -> recs.assets().forEach(r -> more.add(r.recordName())),
                more::size);
        assertThat(more).hasSize(120);
    }

    @Test
    void anUnknownCountStillReadsUntilTheEnd() {
        Set<String> seen = new HashSet<>();
        int pages = RankedPages.run(10, 0, 2, rank -> page(25, rank, 10, Set.of()), recs -> recs.assets().forEach(r -> seen.add(r.recordName())),
                seen::size);
        assertThat(seen).hasSize(25);
        assertThat(pages).isEqualTo(4);
    }
}
