package dev.orchard.app.daemon;

import dev.orchard.app.command.FailureKind;
import dev.orchard.app.logging.Scrubber;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.notify.Event;
import dev.orchard.app.notify.EventSink;
import dev.orchard.app.notify.EventType;
import dev.orchard.app.status.RecentErrors;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.auth.SignInMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Holds the daemon's one signed-in session and its state. Signs in on its own thread so the web page can
 * take the 2FA code meanwhile; a session dropped mid-run re-authenticates inside the job (see
 * {@link ICloudSession}), and the same listener and code broker report that here, so the other jobs pause
 * and "2FA needed" is raised either way.
 */
public final class SessionKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionKeeper.class);

    /** Opens a signed-in session, asking {@code mfa} for a code and telling {@code listener} how it goes. */
    @FunctionalInterface
    public interface Opener {
        ICloudSession open(MfaChannel mfa, SignInListener listener);
    }

    private final String account;
    private final Opener opener;
    private final MfaBroker broker;
    private final EventSink events;
    private final Clock clock;
    private final RecentErrors errors;
    private final ExecutorService signInThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sign-in").daemon().factory());
    private final CopyOnWriteArrayList<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile ICloudSession session;
    private volatile SessionState state = SessionState.SIGNING_IN;
    private volatile String detail = "starting";
    private volatile Instant retryAt;
    private boolean signingIn;

    public SessionKeeper(String account, Opener opener, MfaBroker broker, EventSink events, RecentErrors errors, Clock clock) {
        this.account = account;
        this.errors = errors;
        this.opener = opener;
        this.broker = broker;
        this.events = events;
        this.clock = clock;
        broker.onPrompt(p -> {
            set(SessionState.WAITING_FOR_CODE, p.previousWrong() ? "the code was not accepted; enter a new one" : "Apple sent a code");
            if (p.attempt() == 1) {
                events.raise(new Event(EventType.MFA_NEEDED, "Orchard needs a verification code",
                        "Apple wants a two-factor code for " + account + " before syncing can go on. Enter it on Orchard's web page.",
                        account, null, clock.instant()));
            }
        });
    }

    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Starts signing in on the sign-in thread unless that is under way already. */
    public synchronized void signInAsync() {
        if (signingIn || state == SessionState.STOPPED) return;
        signingIn = true;
        set(SessionState.SIGNING_IN, "signing in");
        signInThread.execute(this::signIn);
    }

    private void signIn() {
        try {
            ICloudSession opened = opener.open(broker, listener());
            ICloudSession old = session;
            session = opened;
            if (old != null) closeQuietly(old);
            set(SessionState.SIGNED_IN, "signed in");
            // The listener may have reported SIGNED_IN before the session was in place: tell everyone again.
            changeListeners.forEach(Runnable::run);
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            synchronized (this) {
                signingIn = false;
            }
        }
    }

    /** A job or sign-in failed because of the session; pauses the jobs as the failure demands. */
    public void failed(Throwable e) {
        FailureKind kind = FailureKind.of(e);
        String message = Scrubber.scrub(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (kind == FailureKind.NEEDS_USER) {
            set(SessionState.NEEDS_USER, message);
        } else {
            Instant at = e instanceof AuthException a && a.retryAt() != null ? a.retryAt() : clock.instant().plus(RetryBackoff.FIRST);
            retryAt = at;
            set(SessionState.RETRY_LATER, message);
        }
        errors.add("sign-in", message);
        LOG.warn("iCloud sign-in for {}: {}", account, message);
    }

    /** Called on each scheduler pass: signs in again once a throttling wait is over. */
    public void retryIfDue(Instant now) {
        if (state == SessionState.RETRY_LATER && retryAt != null && !now.isBefore(retryAt)) signInAsync();
    }

    public Optional<ICloudSession> session() {
        return state == SessionState.SIGNED_IN ? Optional.ofNullable(session) : Optional.empty();
    }

    public SessionState state() {
        return state;
    }

    public String detail() {
        return detail;
    }

    public Instant retryAt() {
        return state == SessionState.RETRY_LATER ? retryAt : null;
    }

    public String account() {
        return account;
    }

    /** From the HSA-TRUST cookie of the current session. */
    public Optional<Instant> trustExpires() {
        ICloudSession s = session;
        return s == null ? Optional.empty() : s.trustExpires();
    }

    private void set(SessionState s, String why) {
        if (state == SessionState.STOPPED) return;
        boolean changed = state != s;
        state = s;
        detail = why;
        if (changed) {
            LOG.info("{} session {}: {}", account, s.label(), why);
            changeListeners.forEach(Runnable::run);
        }
    }

    private SignInListener listener() {
        return new SignInListener() {
            @Override
            public void signingInWithPassword() {
                set(SessionState.SIGNING_IN, "signing in with the password");
            }

            @Override
            public void codeAccepted() {
                set(SessionState.SIGNING_IN, "code accepted");
            }

            @Override
            public void approvalRequested() {
                set(SessionState.WAITING_FOR_CODE, "approve the web access request on your Apple device");
            }

            @Override
            public void signedIn(SignInMethod method) {
                set(SessionState.SIGNED_IN, "signed in");
            }
        };
    }

    @Override
    public void close() {
        state = SessionState.STOPPED;
        signInThread.shutdownNow();
        ICloudSession s = session;
        if (s != null) closeQuietly(s);
    }

    private static void closeQuietly(ICloudSession s) {
        try {
            s.close();
        } catch (RuntimeException e) {
            LOG.debug("closing the old session: {}", e.getMessage());
        }
    }
}
