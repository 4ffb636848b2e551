package dev.orchard.app.memory;

/**
 * Keeps the heap close to what the program really holds. The serial collector (bin/lib/jvm.sh) grows its old
 * generation up to the cap before it ever collects it, so without this a sync's memory follows the cap, not its data:
 * an initial sync of 2,000 photos held about 18 MB yet grew a 60 MB heap. A cap that small libraries fit runs a large
 * library's listing out of memory, so the cap stays generous and this collects the whole heap whenever it has grown a
 * margin past what the last collection kept; the collector then hands the free part back (MaxHeapFreeRatio). The margin
 * grows with what is kept, so a program that truly needs more memory collects rarely, not in a loop.
 */
public final class HeapGovernor {
    private static final long MIB = 1024 * 1024;
    /** Below this much heap nothing is collected early: a scheduled sync that finds nothing new never gets there. */
    static final long FLOOR = 20 * MIB;
    /** Room left above what a collection kept, at least this and at least half of it. */
    static final long MARGIN = 8 * MIB;
    private static final long PERIOD_MILLIS = 200;

    /** The heap as the governor sees it. */
    interface Heap {
        long used();

        void collect();
    }

    private final Heap heap;
    private long limit = FLOOR;

    HeapGovernor(Heap heap) {
        this.heap = heap;
    }

    /** Starts a governor on a daemon thread for the rest of the process. */
    public static void start() {
        HeapGovernor governor = new HeapGovernor(new RuntimeHeap());
        Thread t = new Thread(governor::watch, "heap governor");
        t.setDaemon(true);
        t.start();
    }

    /** Collects when the heap has outgrown the limit, then sets the next limit from what was kept; true if it collected. */
    boolean check() {
        if (heap.used() <= limit) return false;
        heap.collect();
        long kept = heap.used();
        limit = Math.max(FLOOR, kept + Math.max(MARGIN, kept / 2));
        return true;
    }

    long limit() {
        return limit;
    }

    private void watch() {
        try {
            while (true) {
                Thread.sleep(PERIOD_MILLIS);
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class RuntimeHeap implements Heap {
        private final Runtime runtime = Runtime.getRuntime();

        @Override
        public long used() {
            return runtime.totalMemory() - runtime.freeMemory();
        }

        @Override
        public void collect() {
            System.gc();
        }
    }
}
