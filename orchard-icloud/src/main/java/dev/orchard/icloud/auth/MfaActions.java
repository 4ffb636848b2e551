package dev.orchard.icloud.auth;

/** What the person entering a code may ask for while Orchard waits for it. */
public interface MfaActions {
    /**
     * Sends a new code: to the trusted devices, or by SMS or voice to trusted phone {@code phoneId}.
     *
     * @throws IllegalArgumentException for an unknown phone or a delivery the account cannot use
     */
    void resend(CodeDelivery delivery, Integer phoneId);
}
