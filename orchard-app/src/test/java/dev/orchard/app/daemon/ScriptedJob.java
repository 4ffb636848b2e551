package dev.orchard.app.daemon;

import dev.orchard.icloud.auth.ICloudSession;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test job whose runs do what the test queued: return, throw, or block until released. Counts how many
 * runs are in progress at once.
 */
final class ScriptedJob implements SyncJob {
    interface Step {
        JobOutcome run(JobContext ctx) throws Exception;
    }

    final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    private final String name;

    ScriptedJob(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public JobOutcome run(ICloudSession session, JobContext ctx) throws Exception {
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        started.countDown();
        try {
            Step step = steps.poll(20, TimeUnit.SECONDS);
            if (step == null) throw new AssertionError("the test queued no step for this run");
            return step.run(ctx);
        } finally {
            concurrent.decrementAndGet();
        }
    }
}
