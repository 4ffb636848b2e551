package dev.orchard.icloud.auth;

/**
 * How a person hands Orchard a verification code: a terminal prompt, a flag, or a web page. Called again
 * (with {@code previousWrong}) after a wrong code, at most three times in all.
 */
public interface MfaChannel {
    /**
     * Blocks until a code is entered.
     *
     * @throws AuthException with {@link AuthException.Reason#MFA_TIMEOUT} or {@code MFA_UNAVAILABLE}
     */
    String awaitCode(MfaPrompt prompt);

    /** Whether a code was supplied up front; then Orchard must not make Apple send a new one (it would void it). */
    default boolean suppliesCodeUpFront() {
        return false;
    }
}
