package dev.orchard.icloud.auth;

/** How a sign-in ended up succeeding, cheapest first. */
public enum SignInMethod {
    /**
     * The stored session was trusted without asking Apple: its web-auth cookie has not expired and the
     * dsid, webservices map and PCS cookies are all at hand. The first service call that Apple refuses
     * re-authenticates, checked.
     */
    STORED_COOKIES_UNCHECKED,
    /** The stored cookies were still valid (setup/validate). */
    VALIDATED_COOKIES,
    /** The stored session and trust tokens were accepted by accountLogin. */
    STORED_TOKENS,
    /** Password sign-in; the stored trust token spared 2FA. */
    PASSWORD,
    /** Password sign-in plus a verification code. */
    PASSWORD_AND_CODE
}
