package dev.orchard.icloud.drive;

/**
 * The per-item answer of a rename, move or trash call. {@code item} is the item as the server now has it
 * (with the current etag on ETAG_CONFLICT), null when the id was invalid.
 */
public record MutationResult(Status status, String rawStatus, RemoteItem item) {
    public enum Status {
        OK, ETAG_CONFLICT, ID_INVALID, CROSS_ZONE_MOVE_NOT_ALLOWED, NAME_CONFLICT, UNKNOWN, OTHER;

        static Status parse(String s) {
            if (s == null) return OK;
            return switch (s) {
                case "OK" -> OK;
                case "ETAG_CONFLICT" -> ETAG_CONFLICT;
                case "ID_INVALID" -> ID_INVALID;
                case "CROSS_ZONE_MOVE_NOT_ALLOWED" -> CROSS_ZONE_MOVE_NOT_ALLOWED;
                case "NAME_CONFLICT" -> NAME_CONFLICT;
                case "UNKNOWN" -> UNKNOWN;
                default -> OTHER;
            };
        }
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
