package dev.orchard.app.memory;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeapGovernorTest {
    static final long MIB = 1024 * 1024;

    /** A heap whose readings are scripted: each used() takes the next one; collect() is counted. */
    static final class ScriptedHeap implements HeapGovernor.Heap {
        final Deque<Long> readings = new ArrayDeque<>();
        int collections;

        ScriptedHeap then(long... mib) {
            for (long m : mib) readings.add(m * MIB);
            return this;
        }

        @Override
        public long used() {
            return readings.remove();
        }

        @Override
        public void collect() {
            collections++;
        }
    }

    @Test
    void aSmallHeapIsLeftAlone() {
        ScriptedHeap heap = new ScriptedHeap().then(5, 19, 20);
        HeapGovernor g = new HeapGovernor(heap);
        assertThat(List.of(g.check(), g.check(), g.check())).containsOnly(false);
        assertThat(heap.collections).isZero();
    }

    @Test
    void aHeapPastTheFloorIsCollectedAndTheNextLimitIsWhatWasKeptPlusTheMargin() {
        ScriptedHeap heap = new ScriptedHeap().then(21, 15);
        HeapGovernor g = new HeapGovernor(heap);
        assertThat(g.check()).isTrue();
        assertThat(heap.collections).isEqualTo(1);
        assertThat(g.limit()).isEqualTo((15 + 8) * MIB);

        heap.then(23, 24, 14);
        assertThat(g.check()).isFalse();
        assertThat(g.check()).isTrue();
        assertThat(heap.collections).isEqualTo(2);
        assertThat(g.limit()).isEqualTo((14 + 8) * MIB);
    }

    @Test
    void aProgramThatNeedsMoreGetsRoomInProportionNotACollectionInALoop() {
        ScriptedHeap heap = new ScriptedHeap().then(30, 40);
        HeapGovernor g = new HeapGovernor(heap);
        assertThat(g.check()).isTrue();
        assertThat(g.limit()).isEqualTo(60 * MIB);
        heap.then(59, 60);
        assertThat(g.check()).isFalse();
        assertThat(g.check()).isFalse();
        assertThat(heap.collections).isEqualTo(1);
    }

    @Test
    void whenCollectingFreesLittleTheLimitStillNeverFallsUnderTheFloor() {
        ScriptedHeap heap = new ScriptedHeap().then(25, 2);
        HeapGovernor g = new HeapGovernor(heap);
        g.check();
        assertThat(g.limit()).isEqualTo(HeapGovernor.FLOOR);
    }
}
