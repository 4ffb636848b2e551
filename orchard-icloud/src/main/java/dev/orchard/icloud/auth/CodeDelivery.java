package dev.orchard.icloud.auth;

import java.util.Locale;

/** Where Apple sends a verification code. */
public enum CodeDelivery {
    DEVICE, SMS, VOICE;

    public static CodeDelivery parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "device", "trusteddevice", "trusted-device" -> DEVICE;
            case "sms", "text" -> SMS;
            case "voice", "call" -> VOICE;
            default -> throw new IllegalArgumentException("delivery must be device, sms or voice, got '" + text + "'");
        };
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
