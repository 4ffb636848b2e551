package dev.orchard.app.command;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.http.TransportException;

import java.io.IOException;

/** How the daemon treats an exception out of a job or a sign-in. */
public enum FailureKind {
    /** Network trouble or Apple throttling: retry with backoff (honouring Apple's retry time). */
    TRANSIENT,
    /** Signing in needs the person: a code, the password, an approval. Every job pauses. */
    NEEDS_USER,
    /** Anything else: counted, retried with backoff, reported when it keeps happening. */
    FAILED;

    public static FailureKind of(Throwable e) {
        if (outOfMemory(e)) return FAILED;
        if (e instanceof AuthException a) {
            return switch (a.reason()) {
                case THROTTLED, MFA_LOCKED -> TRANSIENT;
                case PROTOCOL, SERVICE_NOT_ACTIVATED -> FAILED;
                default -> NEEDS_USER;
            };
        }
        if (e instanceof RetryLaterException || e instanceof TransportException || e instanceof IOException) return TRANSIENT;
        return FAILED;
    }

    /** Running out of memory can reach us wrapped as an IOException (java.net.http does that); it is never "try later". */
    public static boolean outOfMemory(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
        }
        return false;
    }
}
