package dev.orchard.app.signin;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.command.MfaOptions;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.mfa.ConsolePrompt;
import dev.orchard.app.mfa.FixedCode;
import dev.orchard.app.mfa.MfaBroker;
import dev.orchard.app.mfa.MfaWebServer;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.PasswordProvider;
import dev.orchard.icloud.auth.SignIn;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.session.SessionStore;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Set;

/**
 * Turns the command's options into a signed-in {@link ICloudSession}: password sources, the 2FA code
 * front-ends (terminal prompt and, started only when a code is wanted, the /mfa web page), progress lines.
 */
public final class SessionOpener {
    private SessionOpener() {
    }

    public static ICloudSession open(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, PrintWriter out, Set<String> apps) {
        return open(ctx, icloud, mfa, out, apps, icloud.passwords(ctx, ctx.console()));
    }

    /** As above with the caller's password source. */
    public static ICloudSession open(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, PrintWriter out, Set<String> apps,
                                     PasswordProvider password) {
        String appleId = icloud.username(ctx.env());
        SessionStore store = icloud.store(ctx.env());
        return open(ctx, icloud, store, password, channel(ctx, mfa, out), new ConsoleSignInListener(out, appleId), apps, Mode.CHECKED);
    }

    /**
     * As the first, but a stored session that looks alive is used without asking Apple (no request); the first
     * service call Apple refuses signs in again, checked. For commands whose next step is a service call anyway.
     */
    public static ICloudSession openTrustingStored(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, PrintWriter out,
                                                   Set<String> apps) {
        String appleId = icloud.username(ctx.env());
        return open(ctx, icloud, icloud.store(ctx.env()), icloud.passwords(ctx, ctx.console()), channel(ctx, mfa, out),
                new ConsoleSignInListener(out, appleId), apps, Mode.TRUST_STORED);
    }

    /** As the first, with {@code autoReauth} false: a session Apple ends is not signed in again (--no-auto-reauth). */
    public static ICloudSession open(AppContext ctx, ICloudOptions icloud, MfaOptions mfa, PrintWriter out, Set<String> apps,
                                     boolean autoReauth) {
        String appleId = icloud.username(ctx.env());
        return open(ctx, icloud, icloud.store(ctx.env()), icloud.passwords(ctx, ctx.console()), channel(ctx, mfa, out),
                new ConsoleSignInListener(out, appleId), apps, autoReauth ? Mode.CHECKED : Mode.NO_REAUTH);
    }

    /** The general form, for callers that bring their own password source, code channel or listener. */
    public static ICloudSession open(AppContext ctx, ICloudOptions icloud, SessionStore store, PasswordProvider password,
                                     CodeChannel channel, SignInListener listener, Set<String> apps) {
        return open(ctx, icloud, store, password, channel, listener, apps, Mode.CHECKED);
    }

    private static ICloudSession open(AppContext ctx, ICloudOptions icloud, SessionStore store, PasswordProvider password,
                                      CodeChannel channel, SignInListener listener, Set<String> apps, Mode mode) {
        HttpTransport http = icloud.http(ctx);
        try {
            SignIn signIn = new SignIn(icloud.endpoints(), http, store, ctx.clock());
            return switch (mode) {
                case CHECKED -> signIn.signIn(password, channel.channel(), listener, apps);
                case TRUST_STORED -> signIn.signInTrustingStored(password, channel.channel(), listener, apps);
                case NO_REAUTH -> signIn.signInWithoutReauth(password, channel.channel(), listener, apps);
            };
        } catch (RuntimeException e) {
            http.close();
            throw e;
        } finally {
            channel.close();
        }
    }

    /** Checked (validate first), trusting a stored session that looks alive, or checked without re-authenticating later. */
    private enum Mode { CHECKED, TRUST_STORED, NO_REAUTH }

    /** A code channel and whatever must be shut down after sign-in (the web page). */
    public interface CodeChannel extends AutoCloseable {
        MfaChannel channel();

        @Override
        void close();
    }

    static CodeChannel channel(AppContext ctx, MfaOptions mfa, PrintWriter out) {
        String code = mfa.code();
        if (code != null && !code.isBlank()) {
            if (!code.strip().matches("\\d{6}")) throw new ConfigException("--mfa-code must be six digits");
            FixedCode fixed = new FixedCode(code.strip());
            return new CodeChannel() {
                @Override
                public MfaChannel channel() {
                    return fixed;
                }

                @Override
                public void close() {
                }
            };
        }
        MfaBroker broker = new MfaBroker(mfa.timeout());
        WebPage page = new WebPage(broker, mfa, out);
        broker.onPrompt(page::ensureStarted);
        if (ctx.interactive()) {
            new ConsolePrompt(broker, new BufferedReader(ctx.console().reader()), out).start();
        } else {
            broker.onPrompt(p -> {
                if (mfa.port() < 0) {
                    throw new AuthException(AuthException.Reason.MFA_UNAVAILABLE, "Apple wants a verification code for "
                            + p.appleId() + ", but there is no terminal and the 2FA web page is off (--mfa-port -1); "
                            + "pass --mfa-code or enable the page.");
                }
            });
        }
        return new CodeChannel() {
            @Override
            public MfaChannel channel() {
                return broker;
            }

            @Override
            public void close() {
                page.close();
            }
        };
    }

    /** Starts the /mfa page the first time a code is wanted. */
    private static final class WebPage implements AutoCloseable {
        private final MfaBroker broker;
        private final MfaOptions mfa;
        private final PrintWriter out;
        private MfaWebServer server;

        WebPage(MfaBroker broker, MfaOptions mfa, PrintWriter out) {
            this.broker = broker;
            this.mfa = mfa;
            this.out = out;
        }

        synchronized void ensureStarted(MfaPrompt prompt) {
            if (server != null || mfa.port() < 0) return;
            try {
                server = MfaWebServer.start(broker, mfa.bind(), mfa.port(), mfa.token());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            } catch (Exception e) {
                out.println("The 2FA web page could not start on " + mfa.bind() + ":" + mfa.port() + " (" + e.getMessage()
                        + "); enter the code here instead.");
                out.flush();
                return;
            }
            out.println("You can also enter the code at " + server.url() + "  (or: curl -d code=NNNNNN " + server.url() + ")");
            out.flush();
        }

        @Override
        public synchronized void close() {
            if (server == null) return;
            try {
                server.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }
    }
}
