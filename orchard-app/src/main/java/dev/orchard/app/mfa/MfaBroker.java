package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where a waiting sign-in and the ways of entering a code meet. Sign-in calls {@link #awaitCode}; the
 * terminal prompt and the web page call {@link #submit} and {@link #resend}. The first code wins.
 */
public final class MfaBroker implements MfaChannel {
    private final Duration timeout;
    private final BlockingQueue<String> codes = new LinkedBlockingQueue<>();
    private final CopyOnWriteArrayList<Consumer<MfaPrompt>> promptListeners = new CopyOnWriteArrayList<>();
    private volatile MfaPrompt pending;

    public MfaBroker(Duration timeout) {
        this.timeout = timeout;
    }

    /** Called each time a code is wanted (for a new prompt on the terminal, a notification, ...). */
    public void onPrompt(Consumer<MfaPrompt> listener) {
        promptListeners.add(listener);
    }

    @Override
    public String awaitCode(MfaPrompt prompt) {
        codes.clear();
        pending = prompt;
        promptListeners.forEach(l -> l.accept(prompt));
        try {
            String code = codes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (code == null) {
                throw new AuthException(AuthException.Reason.MFA_TIMEOUT, "No verification code was entered for "
                        + prompt.appleId() + " within " + Durations.describe(timeout) + "; sign in again when you are ready.");
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthException(AuthException.Reason.MFA_TIMEOUT, "interrupted while waiting for the verification code");
        } finally {
            pending = null;
        }
    }

    /** The prompt being waited on, if any. */
    public Optional<MfaPrompt> pending() {
        return Optional.ofNullable(pending);
    }

    /**
     * Hands in a code.
     *
     * @return false when no sign-in is waiting for one
     * @throws IllegalArgumentException when the code is not the expected number of digits
     */
    public boolean submit(String code) {
        MfaPrompt p = pending;
        if (p == null) return false;
        String c = code == null ? "" : code.strip();
        if (!c.matches("\\d{" + p.codeLength() + "}")) {
            throw new IllegalArgumentException("a verification code is " + p.codeLength() + " digits");
        }
        return codes.offer(c);
    }

    /**
     * Asks Apple for a new code.
     *
     * @return false when no sign-in is waiting for one
     */
    public boolean resend(CodeDelivery delivery, Integer phoneId) {
        MfaPrompt p = pending;
        if (p == null) return false;
        p.actions().resend(delivery, phoneId);
        return true;
    }
}
