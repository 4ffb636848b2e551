package dev.orchard.app.signin;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.daemon.SessionKeeper;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.PasswordProvider;
import dev.orchard.icloud.auth.SignIn;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.session.SessionStore;

import java.time.Duration;

/**
 * Opens the daemon's session. Unlike a one-off command, the daemon lives for weeks, so each time Apple
 * drops the session it re-authenticates with a fresh {@link SignIn} (which allows one password sign-in
 * each); {@link PacedPassword} keeps those password sign-ins rare.
 */
public final class DaemonSignIn implements SessionKeeper.Opener {
    private final AppContext ctx;
    private final ICloudOptions icloud;
    private final PasswordProvider password;

    /** {@code passwordGap}: the least time between two password sign-ins. */
    public DaemonSignIn(AppContext ctx, ICloudOptions icloud, PasswordProvider password, Duration passwordGap) {
        this.ctx = ctx;
        this.icloud = icloud;
        this.password = new PacedPassword(password, passwordGap, icloud.username(ctx.env()), ctx.clock());
    }

    @Override
    public ICloudSession open(MfaChannel mfa, SignInListener listener) {
        SessionStore store = icloud.store(ctx.env());
        Endpoints endpoints = icloud.endpoints();
        HttpTransport http = icloud.http(ctx);
        try {
            ICloudSession first = new SignIn(endpoints, http, store, ctx.clock()).signIn(password, mfa, listener, SignIn.ALL_APPS);
            return new ICloudSession(http, endpoints, store, first.clientId(), first.account(),
                    () -> new SignIn(endpoints, http, store, ctx.clock()).authenticateAccount(password, mfa, listener, SignIn.ALL_APPS));
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }
}
