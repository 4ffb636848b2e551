package dev.orchard.fake.auth.idmsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orchard.fake.auth.Delivery;
import dev.orchard.fake.auth.FakeAccount;
import dev.orchard.fake.auth.FakeAuth;
import dev.orchard.fake.auth.LoginAttempt;
import dev.orchard.fake.auth.LoginStage;
import dev.orchard.fake.auth.MfaPolicy;
import dev.orchard.fake.auth.Tokens;
import dev.orchard.fake.auth.TrustStore;
import dev.orchard.fake.auth.TrustedPhone;
import dev.orchard.fake.http.Exchange;
import dev.orchard.fake.http.Json;
import dev.orchard.fake.http.Router;

import java.util.Locale;

import static dev.orchard.fake.auth.idmsa.IdmsaHandler.stamped;

/**
 * The second factor (docs/protocol/sign-in.md §4): auth options, code delivery by every trigger clients use (the three
 * trusted-device triggers, SMS and voice), code verification (2xx, or 409 with a new session token when the account's quirk is
 * on) and 2sv/trust.
 */
final class SecondFactorRoutes {
    private static final String BASE = IdmsaRoutes.BASE;

    private final FakeAuth auth;
    private final IdmsaGate gate;

    SecondFactorRoutes(FakeAuth auth, IdmsaGate gate) {
        this.auth = auth;
        this.gate = gate;
    }

    void register(Router r) {
        r.get(BASE, stamped(this::options));
        r.put(BASE + "/verify/trusteddevice/securitycode", stamped(ex -> pushToDevice(ex, 202)));
        r.put(BASE + "/verify/trusteddevice", stamped(ex -> pushToDevice(ex, 202)));
        r.get(BASE + "/verify/trusteddevice", stamped(ex -> pushToDevice(ex, 200)));
        r.put(BASE + "/verify/phone", stamped(this::sendToPhone));
        r.post(BASE + "/verify/trusteddevice/securitycode", stamped(this::verifyDeviceCode));
        r.post(BASE + "/verify/phone/securitycode", stamped(this::verifyPhoneCode));
        r.get(BASE + "/2sv/trust", stamped(this::trust));
    }

    private LoginAttempt options(Exchange ex) {
        LoginAttempt login = gate.afterComplete(ex);
        String accept = ex.header("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")) {
            ex.json(200, SecondFactorBodies.optionsJson(login.account()));
        } else {
            // Apple's answer to a browser's Accept and to */* alike (icloudpd's recordings); JSON only when asked.
            ex.text(200, "text/html;charset=UTF-8", SecondFactorBodies.optionsHtml(login.account()));
        }
        return login;
    }

    private LoginAttempt pushToDevice(Exchange ex, int status) {
        LoginAttempt login = pendingSecondFactor(ex);
        FakeAccount account = login.account();
        if (account.mfaPolicy() == MfaPolicy.SMS_ONLY) {
            throw new IdmsaRefusal(412, "fake.no-trusted-devices",
                    "this account has no trusted devices; send the code to a trusted phone (PUT verify/phone)").about(login);
        }
        auth.codes().deliver(login, Delivery.Channel.DEVICE, 0);
        ex.json(status, SecondFactorBodies.deviceDelivery(account));
        return login;
    }

    private LoginAttempt sendToPhone(Exchange ex) {
        PhoneStep step = phoneStep(ex);
        auth.codes().deliver(step.login, step.channel, step.phone.id());
        ex.json(200, SecondFactorBodies.phoneVerification(step.login.account(), step.phone, step.channel.label()));
        return step.login;
    }

    private LoginAttempt verifyDeviceCode(Exchange ex) {
        LoginAttempt login = pendingSecondFactor(ex);
        String code = code(login, ex.json());
        if (!accepted(ex, login, code, null)) return login;
        if (login.account().verifyAnswers409()) {
            ex.json(409, Json.object().set("securityCode", SecondFactorBodies.validCode(code)));
        } else {
            ex.noContent();
        }
        return login;
    }

    private LoginAttempt verifyPhoneCode(Exchange ex) {
        PhoneStep step = phoneStep(ex);
        String code = code(step.login, step.body);
        if (!accepted(ex, step.login, code, step.phone)) return step.login;
        ObjectNode out = SecondFactorBodies.phoneVerification(step.login.account(), step.phone, step.channel.label());
        out.set("securityCode", SecondFactorBodies.validCode(code));
        ex.json(step.login.account().verifyAnswers409() ? 409 : 200, out);
        return step.login;
    }

    /** Checks the code against the pending delivery: a wrong one answers -21669, a right one signs the login in. */
    private boolean accepted(Exchange ex, LoginAttempt login, String code, TrustedPhone phone) {
        Delivery pending = login.pending();
        if (pending == null || !pending.accepts(code, phone)) {
            IdmsaReplies.wrongCode(ex);
            return false;
        }
        verified(ex, login);
        return true;
    }

    private void verified(Exchange ex, LoginAttempt login) {
        login.pending(null);
        login.secondFactor(auth.trust().grantNow(login.account()));
        login.stage(LoginStage.AUTHENTICATED);
        ex.header("X-Apple-Session-Token", auth.logins().issueSessionToken(login));
        ex.header("X-Apple-ID-Account-Country", login.account().country());
        ex.header("X-Apple-OAuth-Grant-Code", Tokens.base64(48));
    }

    private LoginAttempt trust(Exchange ex) {
        LoginAttempt login = gate.afterComplete(ex);
        if (login.stage() != LoginStage.AUTHENTICATED || !auth.trust().valid(login.secondFactor())) {
            throw new IdmsaRefusal(401, "fake.not-verified",
                    "2sv/trust needs a verified security code in this sign-in first").about(login);
        }
        TrustStore.Grant grant = auth.trust().grantNow(login.account());
        String token = auth.trust().issueToken(grant);
        login.trustToken(token);
        login.secondFactor(grant);
        ex.header("X-Apple-TwoSV-Trust-Token", token);
        ex.header("X-Apple-Session-Token", auth.logins().issueSessionToken(login));
        ex.header("X-Apple-ID-Account-Country", login.account().country());
        ex.noContent();
        return login;
    }

    private LoginAttempt pendingSecondFactor(Exchange ex) {
        LoginAttempt login = gate.afterComplete(ex);
        if (login.stage() != LoginStage.SECOND_FACTOR) {
            throw new IdmsaRefusal(400, "fake.no-second-factor-pending",
                    "this sign-in is not waiting for a second factor (stage " + login.stage() + ")").about(login);
        }
        return login;
    }

    /** A request about a trusted phone: {"phoneNumber": {"id": N}, "mode": "sms"|"voice", ...}. */
    private record PhoneStep(LoginAttempt login, JsonNode body, TrustedPhone phone, Delivery.Channel channel) {
    }

    private PhoneStep phoneStep(Exchange ex) {
        LoginAttempt login = pendingSecondFactor(ex);
        JsonNode body = ex.json();
        return new PhoneStep(login, body, phone(login, body), channel(login, body));
    }

    private static TrustedPhone phone(LoginAttempt login, JsonNode body) {
        JsonNode id = body.path("phoneNumber").path("id");
        if (!id.canConvertToInt()) throw IdmsaRefusal.badBody("body needs phoneNumber.id").about(login);
        return login.account().phones().stream().filter(p -> p.id() == id.asInt()).findFirst()
                .orElseThrow(() -> new IdmsaRefusal(412, "fake.unknown-phone",
                        "no trusted phone with id " + id.asInt()).about(login));
    }

    private static Delivery.Channel channel(LoginAttempt login, JsonNode body) {
        String mode = Json.text(body, "mode");
        if (mode == null || mode.equals("sms")) return Delivery.Channel.SMS;
        if (mode.equals("voice")) return Delivery.Channel.VOICE;
        throw IdmsaRefusal.badBody("mode must be sms or voice, got " + mode).about(login);
    }

    private static String code(LoginAttempt login, JsonNode body) {
        JsonNode code = body.path("securityCode").path("code");
        if (!code.isTextual() && !code.isNumber()) throw IdmsaRefusal.badBody("body needs securityCode.code").about(login);
        return code.asText();
    }
}
