package dev.orchard.fake.drive.tree;

import java.util.Locale;

/**
 * Which folders get a new etag when something inside them changes (unknown: docs/protocol/drive.md §9): the
 * direct parent only, or every ancestor up to the zone root (and the Drive root above an app library).
 */
public enum EtagPropagation {
    PARENT, ANCESTORS;

    public static EtagPropagation parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "parent" -> PARENT;
            case "ancestors" -> ANCESTORS;
            default -> throw new IllegalArgumentException(
                    "unknown etag propagation '" + text + "' (expected parent or ancestors)");
        };
    }
}
