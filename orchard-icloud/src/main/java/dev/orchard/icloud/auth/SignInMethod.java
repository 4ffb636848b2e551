package dev.orchard.icloud.auth;

/** How a sign-in ended up succeeding, cheapest first. */
public enum SignInMethod {
    /** The stored cookies were still valid (setup/validate). */
    VALIDATED_COOKIES,
    /** The stored session and trust tokens were accepted by accountLogin. */
    STORED_TOKENS,
    /** Password sign-in; the stored trust token spared 2FA. */
    PASSWORD,
    /** Password sign-in plus a verification code. */
    PASSWORD_AND_CODE
}
