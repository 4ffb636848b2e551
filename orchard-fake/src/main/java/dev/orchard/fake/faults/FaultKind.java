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
    CLOUDKIT_ERROR,
    /**
     * Answer a CloudKit write ({@code records/modify} unless the rule names another path) with 200 and the
     * zone's CAS op-lock failure: TRY_AGAIN_LATER (or CAS_OP_LOCK) "Sync zone CAS Op-Lock failed…" (docs/protocol/photos.md §8).
     */
    CAS_OP_LOCK;

    public static final String CAS_OP_LOCK_REASON =
            "Sync zone CAS Op-Lock failed. There was a concurrent write to this zone; please retry.";
    /** Where CAS op-lock faults land when a rule names no path: only writes race on the zone's op-lock. */
    public static final String CAS_OP_LOCK_PATH = "/records/modify";

    /** Whether the fault answers 200 with a CloudKit error body. */
    public boolean cloudKitBody() {
        return this == CLOUDKIT_ERROR || this == CAS_OP_LOCK;
    }

    public static FaultKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "status" -> STATUS;
            case "reset" -> RESET;
            case "truncate" -> TRUNCATE;
            case "cloudkit-error" -> CLOUDKIT_ERROR;
            case "cas-op-lock" -> CAS_OP_LOCK;
            default -> throw new IllegalArgumentException(
                    "unknown fault kind '" + text + "' (expected status, reset, truncate, cloudkit-error or cas-op-lock)");
        };
    }
}
