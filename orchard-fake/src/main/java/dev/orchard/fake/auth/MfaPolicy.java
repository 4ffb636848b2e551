package dev.orchard.fake.auth;

import java.util.Locale;

/** How an account's sign-in ends after a correct password (docs/protocol/sign-in.md §3). */
public enum MfaPolicy {
    /** No second factor: signin/complete answers 200. */
    NONE,
    /** HSA2 with a trusted device: 409, code pushed to the device (or to a phone on request). */
    DEVICE,
    /** HSA2 without trusted devices: 409, codes only by SMS or voice to a trusted phone. */
    SMS_ONLY,
    /** The Apple ID is locked: 403 with -20209. */
    LOCKED,
    /** A non-2FA account that needs a repair step: 412, then repair/complete. */
    REPAIR;

    public static MfaPolicy parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "none" -> NONE;
            case "device", "trusted-device" -> DEVICE;
            case "sms", "sms-only" -> SMS_ONLY;
            case "locked" -> LOCKED;
            case "repair", "repair-412" -> REPAIR;
            default -> throw new IllegalArgumentException("unknown 2FA policy '" + text
                    + "' (expected none, device, sms-only, locked or repair)");
        };
    }
}
