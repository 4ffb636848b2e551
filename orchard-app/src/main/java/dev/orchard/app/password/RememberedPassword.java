package dev.orchard.app.password;

import dev.orchard.icloud.auth.PasswordProvider;

import java.util.Arrays;

/**
 * A password source that keeps a copy of the password it last handed to the sign-in (which wipes its own), so
 * that {@code orchard login --save-password} can store the very password Apple accepted.
 */
public final class RememberedPassword implements PasswordProvider {
    private final PasswordProvider source;
    private char[] last;

    public RememberedPassword(PasswordProvider source) {
        this.source = source;
    }

    @Override
    public synchronized char[] password() {
        char[] p = source.password();
        forget();
        last = p.clone();
        return p;
    }

    /** The password last handed out (the caller wipes it), or null when the sign-in needed none. */
    public synchronized char[] take() {
        char[] p = last;
        last = null;
        return p;
    }

    public synchronized void forget() {
        if (last != null) Arrays.fill(last, '\0');
        last = null;
    }
}
