package dev.orchard.fake.faults;

import java.util.Locale;

/** What an injected fault does to a request. */
public enum FaultKind {
    /** Answer with an HTTP status (503, 429, 421, ...), optionally with Retry-After. */
    STATUS,
    /** Close the connection without answering. */
    RESET,
    /** Send the headers and part of the body, then drop the connection. */
    TRUNCATE,
    /** Answer 200 with a CloudKit top-level error body such as TRY_AGAIN_LATER. */
    CLOUDKIT_ERROR;

    public static FaultKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "status" -> STATUS;
            case "reset" -> RESET;
            case "truncate" -> TRUNCATE;
            case "cloudkit-error" -> CLOUDKIT_ERROR;
            default -> throw new IllegalArgumentException(
                    "unknown fault kind '" + text + "' (expected status, reset, truncate or cloudkit-error)");
        };
    }
}
