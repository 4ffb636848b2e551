package dev.orchard.icloud.auth;

import java.util.List;

/**
 * Apple wants a verification code. {@code attempt} counts from 1; {@code previousWrong} says the last code
 * was rejected. {@code deliveredTo} says where the current code went (null if Apple was not asked to send
 * one, e.g. when the code was supplied up front).
 */
public record MfaPrompt(String appleId, int codeLength, boolean trustedDevices, List<TrustedPhoneNumber> phones,
                        CodeDelivery deliveredTo, Integer phoneId, int attempt, boolean previousWrong,
                        MfaActions actions) {
}
