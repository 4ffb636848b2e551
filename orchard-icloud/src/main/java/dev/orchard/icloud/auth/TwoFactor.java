package dev.orchard.icloud.auth;

import dev.orchard.icloud.http.ApiResponse;

/**
 * The HSA2 step after signin/complete answered 409 (docs/protocol/sign-in.md §4): learn the options, have Apple send a
 * code (unless one was supplied up front, which a new push would void), take up to three codes from the
 * {@link MfaChannel}, and accept 2xx or the mid-2026 "409 with a new session token" as success.
 */
final class TwoFactor implements MfaActions {
    static final int MAX_ATTEMPTS = 3;

    private final IdmsaClient idmsa;
    private final String appleId;
    private final SignInListener listener;
    private AuthOptions options;
    private CodeDelivery delivered;
    private Integer phoneId;

    TwoFactor(IdmsaClient idmsa, String appleId, SignInListener listener) {
        this.idmsa = idmsa;
        this.appleId = appleId;
        this.listener = listener;
    }

    void run(MfaChannel channel) {
        options = idmsa.authOptions();
        if (options.codesLocked()) {
            throw new AuthException(AuthException.Reason.MFA_LOCKED, "Apple is not accepting verification codes for "
                    + appleId + " right now (too many were sent or tried); wait a while, then sign in again.");
        }
        if (!options.trustedDevices() && options.phones().isEmpty()) {
            throw new AuthException(options.securityKey() ? AuthException.Reason.SECURITY_KEY_UNSUPPORTED : AuthException.Reason.MFA_UNAVAILABLE,
                    options.securityKey() ? "Apple asks for a security key for " + appleId + "; Orchard does not support security keys."
                            : "Apple offers no trusted device or phone to send a code to for " + appleId + ".");
        }
        if (channel.suppliesCodeUpFront()) {
            assumeDeliveryOfSuppliedCode();
        } else if (options.trustedDevices()) {
            resend(CodeDelivery.DEVICE, null);
        } else {
            resend(CodeDelivery.SMS, options.phones().get(0).id());
        }
        boolean previousWrong = false;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            MfaPrompt prompt;
            synchronized (this) {
                prompt = new MfaPrompt(appleId, options.codeLength(), options.trustedDevices(), options.phones(),
                        delivered, phoneId, attempt, previousWrong, this);
            }
            String code = channel.awaitCode(prompt).trim();
            if (!code.matches("\\d{" + options.codeLength() + "}")) {
                previousWrong = true;
                continue;
            }
            ApiResponse r = verify(code);
            if (accepted(r)) {
                listener.codeAccepted();
                return;
            }
            ServiceErrors errors = ServiceErrors.of(r.json());
            if (errors.hasCode("-21669") || r.status() == 400 || r.status() == 401) {
                previousWrong = true;
                if (channel.suppliesCodeUpFront()) break;
                continue;
            }
            throw new AuthException(AuthException.Reason.PROTOCOL, "Apple answered HTTP " + r.status()
                    + " to the verification code (" + errors.describe() + ")");
        }
        throw new AuthException(AuthException.Reason.WRONG_CODE, channel.suppliesCodeUpFront()
                ? "Apple rejected the verification code given for " + appleId + "; sign in again to get a new one."
                : "The verification code was wrong " + MAX_ATTEMPTS + " times for " + appleId + "; sign in again to get a new one.");
    }

    private synchronized void assumeDeliveryOfSuppliedCode() {
        if (!options.trustedDevices()) {
            delivered = CodeDelivery.SMS;
            phoneId = options.phones().get(0).id();
        }
    }

    private synchronized ApiResponse verify(String code) {
        if (delivered == CodeDelivery.SMS || delivered == CodeDelivery.VOICE) {
            return idmsa.verifyPhoneCode(phoneId, code, delivered);
        }
        return idmsa.verifyDeviceCode(code);
    }

    static boolean accepted(ApiResponse r) {
        if (r.ok()) return true;
        return r.status() == 409 && (r.header("X-Apple-Session-Token") != null
                || r.json().path("securityCode").path("valid").asBoolean(false));
    }

    @Override
    public synchronized void resend(CodeDelivery delivery, Integer phone) {
        TrustedPhoneNumber target = null;
        if (delivery == CodeDelivery.DEVICE) {
            if (!options.trustedDevices()) throw new IllegalArgumentException("this Apple ID has no trusted device to send a code to");
            idmsa.pushToDevices();
        } else {
            int id = phone != null ? phone : options.phones().isEmpty() ? -1 : options.phones().get(0).id();
            target = options.phones().stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown trusted phone " + id + " (known: "
                            + options.phones().stream().map(p -> p.id() + " " + p.display()).toList() + ")"));
            idmsa.sendToPhone(id, delivery);
        }
        delivered = delivery;
        phoneId = target == null ? null : target.id();
        listener.codeSent(delivery, target);
    }
}
