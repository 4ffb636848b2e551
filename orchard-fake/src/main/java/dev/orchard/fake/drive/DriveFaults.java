package dev.orchard.fake.drive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.WebSessions;
import dev.orchard.fake.faults.FaultKind;
import dev.orchard.fake.faults.FaultRule;
import dev.orchard.fake.faults.Faults;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.ServiceGroup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Drive-specific faults on top of the generic ones ({@link Faults}: 503/429 bursts, resets, truncated
 * blobs, latency): the ACCESS_DENIED lockout, stale sessions (421 until the client re-validates) and 400 flakes.
 */
public final class DriveFaults {
    private final Clock clock;
    private final Faults faults;
    private final WebSessions sessions;
    private Instant lockedUntil;
    private Duration lockoutStep = Duration.ZERO;
    private boolean lockoutGrows;
    private int accessDeniedStatus = 403;

    DriveFaults(Clock clock, Faults faults, WebSessions sessions) {
        this.clock = clock;
        this.faults = faults;
        this.sessions = sessions;
    }

    /**
     * Drive answers ACCESS_DENIED for {@code lockout} (fake clock). With {@code grows}, every request made
     * while locked out adds half the lockout again, as users report Apple's throttle stacking.
     */
    public synchronized void accessDenied(Duration lockout, boolean grows, int httpStatus) {
        if (lockout.isNegative() || lockout.isZero()) throw new IllegalArgumentException("a lockout must be positive");
        if (httpStatus != 200 && (httpStatus < 400 || httpStatus > 599)) {
            throw new IllegalArgumentException("ACCESS_DENIED status must be 200 or 400-599, got " + httpStatus);
        }
        lockedUntil = clock.instant().plus(lockout);
        lockoutStep = lockout.dividedBy(2);
        lockoutGrows = grows;
        accessDeniedStatus = httpStatus;
    }

    public synchronized void clearAccessDenied() {
        lockedUntil = null;
    }

    /** When the lockout ends, or null when there is none. */
    public synchronized Instant lockedUntil() {
        return lockedUntil != null && clock.instant().isBefore(lockedUntil) ? lockedUntil : null;
    }

    /** Answers ACCESS_DENIED if a lockout is on; returns whether it did. */
    synchronized boolean denyIfLockedOut(Exchange ex) {
        if (lockedUntil == null || !clock.instant().isBefore(lockedUntil)) return false;
        if (lockoutGrows) lockedUntil = lockedUntil.plus(lockoutStep);
        ObjectNode body = Json.object();
        body.put("errorCode", "ACCESS_DENIED");
        body.put("serverErrorCode", "ACCESS_DENIED");
        body.put("reason", "private db access disabled for this account");
        ex.json(accessDeniedStatus, body);
        return true;
    }

    /** Makes the account's sessions stale: Drive answers 421 until the client re-validates or signs in again. */
    public int expireSessions(FakeAccount account) {
        return sessions.expireAll(account);
    }

    /** The next {@code count} Drive requests (negative: unlimited) answer 400 with probability {@code rate}. */
    public FaultRule flaky400(double rate, int count) {
        FaultRule rule = new FaultRule(ServiceGroup.DRIVE, null, FaultKind.STATUS, 400, 0, null, rate, count);
        faults.add(rule);
        return rule;
    }
}
