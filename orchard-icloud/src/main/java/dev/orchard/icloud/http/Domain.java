package dev.orchard.icloud.http;

import java.util.Locale;

/** Apple's two iCloud regions. */
public enum Domain {
    COM, CN;

    public static Domain parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "com" -> COM;
            case "cn" -> CN;
            default -> throw new IllegalArgumentException("domain must be com or cn, got '" + text + "'");
        };
    }
}
