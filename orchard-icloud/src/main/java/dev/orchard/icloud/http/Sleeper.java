package dev.orchard.icloud.http;

import java.time.Duration;

/** Waits between retries. Tests substitute one that records instead of waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis());
    };

    void sleep(Duration d) throws InterruptedException;
}
