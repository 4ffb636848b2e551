package dev.orchard.fake.auth.idmsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.CodeDelivery;
import dev.orchard.fake.auth.Delivery;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.auth.LoginStage;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.auth.Tokens;
import dev.orchard.fake.auth.srp.SrpChallenge;
import dev.orchard.fake.auth.srp.SrpGroup;
import dev.orchard.fake.auth.srp.SrpVerifier;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;
import dev.orchard.fake.http.SetCookie;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import static dev.orchard.fake.auth.idmsa.IdmsaHandler.stamped;

/** signin/init and signin/complete (docs/protocol/sign-in.md §3), the optional warm-ups, the dead legacy signin and repair. */
final class SigninRoutes {
    private static final String BASE = IdmsaRoutes.BASE;
    private static final int DECOY_ITERATIONS = 20000;

    private final FakeAuth auth;
    private final IdmsaGate gate;

    SigninRoutes(FakeAuth auth, IdmsaGate gate) {
        this.auth = auth;
        this.gate = gate;
    }

    void register(Router r) {
        r.get(BASE + "/authorize/signin", stamped(this::authorizePage));
        r.post(BASE + "/federate", stamped(ex -> {
            ex.json(200, Json.object());
            return null;
        }));
        r.post(BASE + "/signin/init", stamped(this::init));
        r.post(BASE + "/signin/complete", stamped(this::complete));
        r.post(BASE + "/signin", this::legacySignin);
        r.post(BASE + "/repair/complete", stamped(this::repair));
    }

    private LoginAttempt authorizePage(Exchange ex) {
        ex.cookie(SetCookie.of("dslang", "US-EN", "apple.com").notHttpOnly());
        ex.cookie(SetCookie.of("site", "USA", "apple.com").notHttpOnly());
        ex.text(200, "text/html;charset=UTF-8", "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                + "<body><div id=\"stepEl\"></div></body></html>");
        return null;
    }

    /**
     * The dead plain-password sign-in (docs/protocol/sign-in.md §3): a wrong password gets Apple's 200 {@code {}} with
     * {@code X-Apple-I-Rscd: 401}; a right one still signs nobody in (503, as clients report).
     */
    private void legacySignin(Exchange ex) {
        JsonNode body = ex.json();
        FakeAccount account = auth.accounts().find(Json.text(body, "accountName"));
        if (account != null && account.password().equals(Json.text(body, "password"))) {
            ex.text(503, "text/html", "<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                    + "<center><h1>503 Service Temporarily Unavailable</h1></center></body></html>");
            return;
        }
        ex.json(200, Json.object());
        ex.header("X-Apple-I-Rscd", "401");
        IdmsaReplies.stamp(ex, null);
    }

    private LoginAttempt init(Exchange ex) {
        String state = gate.init(ex);
        JsonNode body = ex.json();
        String name = Json.text(body, "accountName");
        if (name == null || name.isBlank()) throw IdmsaRefusal.badBody("signin/init body needs \"accountName\"");
        BigInteger a = SrpGroup.toInt(base64(body, "a"));
        FakeAccount account = auth.accounts().find(name);
        SrpVerifier verifier = account != null ? account.srpVerifier() : decoy(name);
        SrpChallenge challenge = new SrpChallenge(verifier, Tokens.random(32));
        LoginAttempt login = auth.logins().start(account, name, challenge, a, state);
        ObjectNode out = Json.object();
        out.put("iteration", verifier.iterations());
        out.put("salt", Base64.getEncoder().encodeToString(verifier.salt()));
        out.put("protocol", verifier.protocol());
        out.put("b", Base64.getEncoder().encodeToString(SrpGroup.pad(challenge.publicValue())));
        out.put("c", login.c());
        ex.json(200, out);
        return login;
    }

    private LoginAttempt complete(Exchange ex) {
        JsonNode body = ex.json();
        JsonNode c = body.get("c");
        LoginAttempt login = auth.logins().takeByC(c == null || c.isNull() ? null : c.isTextual() ? c.asText() : c.toString());
        gate.widgetKey(ex);
        if (login == null) throw IdmsaRefusal.stale();
        gate.complete(ex, login);
        FakeAccount account = login.account();
        String name = Json.text(body, "accountName");
        if (name == null) name = login.accountName();
        if (account == null || !name.equalsIgnoreCase(login.accountName())) return rejected(ex, login, false);
        if (account.mfaPolicy() == MfaPolicy.LOCKED) return rejected(ex, login, true);
        SrpChallenge.Proof proof = login.challenge().check(login.clientPublic(), name, base64(body, "m1"), optionalBase64(body, "m2"));
        if (proof == null) return rejected(ex, login, false);
        return passwordAccepted(ex, login, body);
    }

    private LoginAttempt rejected(Exchange ex, LoginAttempt login, boolean locked) {
        login.stage(LoginStage.REJECTED);
        if (locked) IdmsaReplies.locked(ex);
        else IdmsaReplies.wrongPassword(ex);
        return login;
    }

    private LoginAttempt passwordAccepted(Exchange ex, LoginAttempt login, JsonNode body) {
        FakeAccount account = login.account();
        ex.header("X-Apple-Session-Token", auth.logins().issueSessionToken(login));
        ex.header("X-Apple-ID-Account-Country", account.country());
        ex.header("X-Apple-TwoSV-Trust-Eligible", "true");
        ex.cookie(SetCookie.of("aasp", auth.logins().issueAasp(login), ex.host()));
        switch (account.mfaPolicy()) {
            case NONE -> {
                login.stage(LoginStage.AUTHENTICATED);
                ex.json(200, authType("hsa2"));
            }
            case REPAIR -> {
                login.stage(LoginStage.REPAIR);
                ex.header("X-Apple-Repair-Session-Token", Tokens.base64(96));
                ex.json(412, authType("sa"));
            }
            default -> {
                String token = validTrustToken(account, body.get("trustTokens"));
                if (token != null) {
                    login.trustToken(token);
                    login.secondFactor(auth.trust().byToken(account, token));
                    login.stage(LoginStage.AUTHENTICATED);
                    ex.json(200, authType("hsa2"));
                } else {
                    login.stage(LoginStage.SECOND_FACTOR);
                    if (account.challengeAfter200()) ex.json(200, Json.object().put("auth_type", "hsa2"));
                    else ex.json(409, authType("hsa2"));
                    if (account.autoPushAtChallenge()) autoPush(auth.codes(), login);
                }
            }
        }
        return login;
    }

    /** Apple's behaviour before 2026: the code goes out as soon as the second factor is asked for. */
    private static void autoPush(CodeDelivery codes, LoginAttempt login) {
        FakeAccount account = login.account();
        if (account.mfaPolicy() == MfaPolicy.SMS_ONLY) {
            if (!account.phones().isEmpty()) codes.deliver(login, Delivery.Channel.SMS, account.phones().get(0).id());
        } else {
            codes.deliver(login, Delivery.Channel.DEVICE, 0);
        }
    }

    private String validTrustToken(FakeAccount account, JsonNode tokens) {
        if (tokens == null || !tokens.isArray()) return null;
        for (JsonNode t : tokens) {
            if (t.isTextual() && auth.trust().byToken(account, t.asText()) != null) return t.asText();
        }
        return null;
    }

    private LoginAttempt repair(Exchange ex) {
        LoginAttempt login = gate.afterComplete(ex);
        if (login.stage() != LoginStage.REPAIR) {
            throw new IdmsaRefusal(400, "fake.no-repair-pending", "this sign-in has no repair step pending").about(login);
        }
        login.stage(LoginStage.AUTHENTICATED);
        ex.header("X-Apple-Session-Token", auth.logins().issueSessionToken(login));
        ex.header("X-Apple-ID-Account-Country", login.account().country());
        ex.json(200, Json.object());
        return login;
    }

    private static ObjectNode authType(String type) {
        return Json.object().put("authType", type);
    }

    /** For an unknown Apple ID: a stable salt and a verifier no password matches, so complete answers -20101. */
    private static SrpVerifier decoy(String name) {
        byte[] salt = new byte[16];
        System.arraycopy(SrpGroup.sha256(("orchard-fake-decoy:" + name.trim().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)), 0, salt, 0, 16);
        salt[0] |= 1;
        return new SrpVerifier("s2k", salt, DECOY_ITERATIONS, SrpGroup.G.modPow(SrpGroup.toInt(Tokens.random(32)), SrpGroup.N));
    }

    private static byte[] base64(JsonNode body, String field) {
        byte[] value = optionalBase64(body, field);
        if (value == null) throw IdmsaRefusal.badBody("body needs \"" + field + "\" (standard base64)");
        return value;
    }

    private static byte[] optionalBase64(JsonNode body, String field) {
        String text = Json.text(body, field);
        if (text == null) return null;
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw IdmsaRefusal.badBody("\"" + field + "\" is not standard base64");
        }
    }
}
