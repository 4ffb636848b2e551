package dev.orchard.icloud.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orchard.icloud.auth.srp.SrpClient;
import dev.orchard.icloud.auth.srp.SrpProtocol;
import dev.orchard.icloud.http.ApiResponse;
import dev.orchard.icloud.http.Endpoints;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.http.RetryLaterException;
import dev.orchard.icloud.session.Backoff;
import dev.orchard.icloud.session.SessionStore;
import dev.orchard.icloud.session.StoredSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Signs one Apple ID in, cheapest way first (docs/protocol/sign-in.md §1, §6): on request the stored session unchecked
 * ({@link #signInTrustingStored}), the stored cookies (validate), then
 * the stored session and trust tokens (accountLogin), then, at most once per run, the password (SRP) with
 * the trust token, 2FA if Apple insists, and the ADP approval dance. Holds the per-account lock while
 * signing in and persists everything it learns as soon as it learns it.
 */
public final class SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
    public static final Set<String> ALL_APPS = Set.of("photos", "iclouddrive");

    private final Endpoints endpoints;
    private final HttpTransport http;
    private final SessionStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private boolean passwordUsed;

    public SignIn(Endpoints endpoints, HttpTransport http, SessionStore store, Clock clock) {
        this.endpoints = endpoints;
        this.http = http;
        this.store = store;
        this.clock = clock;
    }

    /** Signs in and returns a live session that re-authenticates itself once when Apple drops it. */
    public ICloudSession signIn(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> pcsApps) {
        return reauthenticating(authenticate(password, mfa, listener, pcsApps, false), password, mfa, listener, pcsApps);
    }

    /**
     * Signs in like {@link #signIn}, but first trusts the stored session without asking Apple when it looks alive
     * (web-auth cookie not expired, dsid and webservices stored, the apps' PCS cookies present): no request at all.
     * If Apple has dropped it after all, the first service call answered 401/421/423/450 re-authenticates the
     * checked way ({@link #signIn}'s ladder) and is replayed. For commands that go on to call a service anyway;
     * those that must know the session works (login, status, the daemon's keeper) use {@link #signIn}.
     */
    public ICloudSession signInTrustingStored(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> pcsApps) {
        return reauthenticating(authenticate(password, mfa, listener, pcsApps, true), password, mfa, listener, pcsApps);
    }

    /** A session whose re-authentication always checks (never trusts the stored session again, so it cannot loop). */
    private ICloudSession reauthenticating(Outcome first, PasswordProvider password, MfaChannel mfa, SignInListener listener,
                                           Set<String> pcsApps) {
        return new ICloudSession(http, endpoints, store, first.session().clientId(), first.account(),
                () -> authenticate(password, mfa, listener, pcsApps, false).account());
    }

    /**
     * Signs in like {@link #signIn}, but the session never signs in again by itself: when Apple drops it, calls
     * throw {@link SessionEndedException}.
     */
    public ICloudSession signInWithoutReauth(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> pcsApps) {
        Outcome first = authenticate(password, mfa, listener, pcsApps);
        return new ICloudSession(http, endpoints, store, first.session().clientId(), first.account(), () -> {
            throw new SessionEndedException(store.appleId());
        });
    }

    /** Authenticates once (cheapest way first) and returns the account, for callers that manage their own session. */
    public AccountInfo authenticateAccount(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> pcsApps) {
        return authenticate(password, mfa, listener, pcsApps).account();
    }

    /** The result of one authentication: what Apple said about the account, and what was stored. */
    record Outcome(AccountInfo account, StoredSession session) {
    }

    Outcome authenticate(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> apps) {
        return authenticate(password, mfa, listener, apps, false);
    }

    /** {@code trustStored}: take a stored session that looks alive without asking Apple ({@link #signInTrustingStored}). */
    synchronized Outcome authenticate(PasswordProvider password, MfaChannel mfa, SignInListener listener, Set<String> apps,
                                      boolean trustStored) {
        try (var lock = store.lock(listener::waitingForOtherProcess)) {
            StoredSession stored = store.loadSession().orElseGet(
                    () -> StoredSession.fresh(store.appleId(), "auth-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT)));
            http.cookies().replaceAll(store.loadCookies());
            SetupClient setup = new SetupClient(http, endpoints, stored.clientId());
            ProtectedData adp = new ProtectedData(setup, http.cookies(), http.config().sleeper(), listener);

            if (trustStored && looksAlive(stored, adp, apps)) {
                listener.signedIn(SignInMethod.STORED_COOKIES_UNCHECKED);
                return new Outcome(AccountInfo.stored(stored.dsid(), store.appleId(), stored.webservices()), stored);
            }
            if (http.cookies().find("X-APPLE-WEBAUTH-TOKEN").isPresent()) {
                AccountInfo info = usable(setup.validate());
                if (info != null) return finish(stored, info, SignInMethod.VALIDATED_COOKIES, adp, apps, listener, false);
            }
            if (stored.sessionToken() != null) {
                AccountInfo info = usable(setup.accountLogin(stored.sessionToken(), stored.trustToken(), stored.accountCountry()));
                if (info != null) return finish(stored, info, SignInMethod.STORED_TOKENS, adp, apps, listener, true);
            }
            return withPassword(stored, setup, adp, password, mfa, listener, apps);
        } catch (java.io.IOException e) {
            throw new AuthException(AuthException.Reason.PROTOCOL, "cannot release the account lock: " + e.getMessage());
        }
    }

    /**
     * Whether the stored session can be used without a request: the jar's web-auth cookie has not expired (one
     * without an expiry counts as alive, as the jar sends it), and a previous sign-in left the dsid, a webservices
     * map and every PCS cookie the apps need.
     */
    private boolean looksAlive(StoredSession stored, ProtectedData adp, Set<String> apps) {
        JsonNode ws = stored.webservices();
        return http.cookies().find("X-APPLE-WEBAUTH-TOKEN").isPresent() && stored.dsid() != null
                && ws != null && ws.isObject() && !ws.isEmpty() && !adp.missingFor(apps);
    }

    /** The account if this setup answer is a complete, usable sign-in; null if Apple wants more. */
    private AccountInfo usable(ApiResponse r) {
        if (!r.ok()) {
            LOG.debug("stored credentials not accepted (HTTP {})", r.status());
            return null;
        }
        AccountInfo info = AccountInfo.parse(r.json());
        checkAccount(info);
        return info.complete() ? info : null;
    }

    private void checkAccount(AccountInfo info) {
        if (info.domainToUse() != null) {
            boolean china = info.domainToUse().toLowerCase(Locale.ROOT).endsWith(".cn");
            throw new AuthException(AuthException.Reason.WRONG_REGION, store.appleId() + " belongs to " + info.domainToUse()
                    + "; sign in with --domain " + (china ? "cn" : "com") + " (ORCHARD_DOMAIN=" + (china ? "cn" : "com") + ").");
        }
        info.requireDsid();
        if (!info.webAccessAllowed()) throw ProtectedData.webAccessOff(store.appleId());
        if (info.termsUpdateNeeded()) {
            throw new AuthException(AuthException.Reason.TERMS_UPDATE_NEEDED, "Apple has new iCloud terms for "
                    + store.appleId() + "; accept them by signing in at icloud.com once, then try again.");
        }
    }

    private Outcome withPassword(StoredSession stored, SetupClient setup, ProtectedData adp, PasswordProvider password,
                                 MfaChannel mfa, SignInListener listener, Set<String> apps) {
        if (passwordUsed) {
            throw new AuthException(AuthException.Reason.PROTOCOL, "Apple dropped the session again right after a password "
                    + "sign-in; not signing in with the password twice in one run (it risks a lockout). Try again later.");
        }
        Instant now = clock.instant();
        Backoff backoff = store.loadBackoff();
        if (backoff.blocks(now)) throw throttled(backoff.notBefore());
        passwordUsed = true;
        listener.signingInWithPassword();
        IdmsaContext ctx = new IdmsaContext();
        ctx.trustToken = stored.trustToken();
        IdmsaClient idmsa = new IdmsaClient(http, endpoints, stored.clientId(), ctx);
        try {
            ApiResponse complete = srp(idmsa, password, stored.trustToken());
            SignInMethod method = SignInMethod.PASSWORD;
            switch (complete.status()) {
                case 200 -> rejectIfRscd(complete);
                case 409 -> {
                    checkSecondFactorType(complete);
                    secondFactor(idmsa, mfa, listener);
                    method = SignInMethod.PASSWORD_AND_CODE;
                }
                case 412 -> {
                    ApiResponse repaired = idmsa.repair();
                    if (!repaired.ok()) {
                        throw new AuthException(AuthException.Reason.REPAIR_NEEDED, "Apple wants " + store.appleId()
                                + " repaired (security questions, terms or a password upgrade); sign in at appleid.apple.com, then try again.");
                    }
                }
                case 401 -> throw wrongPassword();
                case 403 -> throw ServiceErrors.of(complete.json()).hasCode("-20209") ? locked() : wrongPassword();
                default -> throw IdmsaClient.failure("signin/complete", complete);
            }
            stored = saveIdmsa(stored, ctx);
            store.saveBackoff(Backoff.none());
            AccountInfo info = accountLogin(setup, ctx);
            if (!info.complete() && method == SignInMethod.PASSWORD) {
                LOG.debug("signin/complete answered {} but accountLogin still asks for the second factor", complete.status());
                secondFactor(idmsa, mfa, listener);
                method = SignInMethod.PASSWORD_AND_CODE;
                stored = saveIdmsa(stored, ctx);
                info = accountLogin(setup, ctx);
            }
            if (!info.complete()) {
                throw new AuthException(AuthException.Reason.PROTOCOL, "Apple still asks for 2FA after a successful sign-in of "
                        + store.appleId() + "; try again later.");
            }
            return finish(stored, info, method, adp, apps, listener, true);
        } catch (RetryLaterException e) {
            Backoff next = store.loadBackoff().refused(clock.instant(), e.retryAt());
            store.saveBackoff(next);
            throw throttled(next.notBefore());
        }
    }

    /**
     * The code and the trust step. Apple asks for them after a 409 from signin/complete, and sometimes only
     * through accountLogin ({@code hsaChallengeRequired}) after a 200; icloudpd's recordings show the latter.
     */
    private void secondFactor(IdmsaClient idmsa, MfaChannel mfa, SignInListener listener) {
        new TwoFactor(idmsa, store.appleId(), listener).run(mfa);
        idmsa.trust();
    }

    private StoredSession saveIdmsa(StoredSession stored, IdmsaContext ctx) {
        StoredSession updated = stored.withTrustToken(ctx.trustToken, clock.instant())
                .withIdmsa(ctx.sessionToken, ctx.sessionId, ctx.scnt, ctx.authAttributes, ctx.accountCountry);
        store.saveSession(updated);
        return updated;
    }

    private AccountInfo accountLogin(SetupClient setup, IdmsaContext ctx) {
        ApiResponse login = setup.accountLogin(ctx.sessionToken, ctx.trustToken, ctx.accountCountry);
        if (!login.ok()) throw IdmsaClient.failure("accountLogin after signing in", login);
        AccountInfo info = AccountInfo.parse(login.json());
        checkAccount(info);
        return info;
    }

    /** signin/init + signin/complete; restarts init while a value comes out short (docs/protocol/sign-in.md §3). */
    private ApiResponse srp(IdmsaClient idmsa, PasswordProvider password, String trustToken) {
        String accountName = accountName(store.appleId());
        char[] pw = password.password();
        if (pw == null || pw.length == 0) {
            throw new AuthException(AuthException.Reason.WRONG_PASSWORD, "no password was given for " + store.appleId());
        }
        try {
            for (int round = 0; round < 5; round++) {
                SrpClient client = SrpClient.random(random);
                IdmsaClient.InitResult init = idmsa.init(accountName, client.publicA());
                SrpProtocol protocol;
                try {
                    protocol = SrpProtocol.fromWire(init.protocol());
                } catch (IllegalArgumentException e) {
                    throw new AuthException(AuthException.Reason.PROTOCOL, e.getMessage());
                }
                byte[] key = SrpClient.passwordKey(pw, init.salt(), init.iterations(), protocol);
                SrpClient.Proof proof = client.respond(accountName, key, init.salt(), init.serverB());
                Arrays.fill(key, (byte) 0);
                if (proof.retry()) continue;
                List<String> tokens = new ArrayList<>();
                if (trustToken != null) tokens.add(trustToken);
                return idmsa.complete(accountName, init.c(), proof.m1(), proof.m2(), tokens);
            }
            throw new AuthException(AuthException.Reason.PROTOCOL, "Apple kept sending short SRP values; try again.");
        } catch (IllegalArgumentException e) {
            throw new AuthException(AuthException.Reason.PROTOCOL, "Apple's SRP values are unusable: " + e.getMessage());
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /** E-mail style Apple IDs go lowercased and trimmed (rclone found Apple requires it); phone numbers as typed. */
    static String accountName(String appleId) {
        String t = appleId.trim();
        return t.contains("@") ? t.toLowerCase(Locale.ROOT) : t;
    }

    private void rejectIfRscd(ApiResponse r) {
        String rscd = r.header("X-Apple-I-Rscd");
        if ("401".equals(rscd) || "403".equals(rscd)) throw wrongPassword();
    }

    private void checkSecondFactorType(ApiResponse r) {
        JsonNode body = r.json();
        if (body.has("fsaChallenge") || body.has("keyNames")) {
            throw new AuthException(AuthException.Reason.SECURITY_KEY_UNSUPPORTED, "Apple asks for a security key for "
                    + store.appleId() + "; Orchard does not support security keys.");
        }
        String type = body.path("authType").asText("hsa2");
        if (!type.isEmpty() && !type.equals("hsa2")) {
            throw new AuthException(AuthException.Reason.PROTOCOL, store.appleId() + " uses Apple's old two-step verification ("
                    + type + "); turn on two-factor authentication for it, then try again.");
        }
    }

    private Outcome finish(StoredSession stored, AccountInfo info, SignInMethod method, ProtectedData adp,
                           Set<String> apps, SignInListener listener, boolean freshLogin) {
        if (freshLogin || adp.missingFor(apps)) adp.ensure(store.appleId(), info.dsid(), apps);
        StoredSession updated = stored.withAccount(info.dsid(), info.webservicesJson(), clock.instant());
        store.saveSession(updated);
        store.saveCookies(http.cookies().all());
        listener.signedIn(method);
        return new Outcome(info, updated);
    }

    private AuthException wrongPassword() {
        return new AuthException(AuthException.Reason.WRONG_PASSWORD, "Apple rejected the password for " + store.appleId()
                + "; check it (and the Apple ID) and try again. Orchard will not retry on its own, to avoid a lockout.");
    }

    private AuthException locked() {
        return new AuthException(AuthException.Reason.ACCOUNT_LOCKED, "The Apple ID " + store.appleId()
                + " is locked or disabled; unlock it at iforgot.apple.com, then try again.");
    }

    private AuthException throttled(Instant next) {
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.systemDefault()).format(next);
        long minutes = Math.max(1, java.time.Duration.between(clock.instant(), next).toMinutes());
        return new AuthException(AuthException.Reason.THROTTLED, "Apple is refusing sign-ins for " + store.appleId()
                + " for now; Orchard will not try again before " + at + " (in " + minutes + " min).", next);
    }
}
