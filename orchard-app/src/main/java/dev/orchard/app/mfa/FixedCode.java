package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;

/** A code given up front (--mfa-code / ORCHARD_MFA_CODE): used once; a rejected one cannot be re-entered. */
public final class FixedCode implements MfaChannel {
    private final String code;

    public FixedCode(String code) {
        this.code = code;
    }

    @Override
    public String awaitCode(MfaPrompt prompt) {
        if (prompt.attempt() > 1) {
            throw new AuthException(AuthException.Reason.WRONG_CODE, "Apple rejected the verification code given with "
                    + "--mfa-code for " + prompt.appleId() + "; sign in again without it to get a new one.");
        }
        return code;
    }

    @Override
    public boolean suppliesCodeUpFront() {
        return true;
    }
}
