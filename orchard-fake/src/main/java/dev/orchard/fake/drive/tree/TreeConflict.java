package dev.orchard.fake.drive.tree;

/** A tree operation that cannot be done as asked; {@code reason} tells the endpoint which status to answer. */
public final class TreeConflict extends IllegalArgumentException {
    public enum Reason { NAME_TAKEN, CROSS_ZONE, INTO_ITSELF, NOT_LIVE, NOT_IN_TRASH, NOT_A_FOLDER, ROOT }

    private final Reason reason;

    public TreeConflict(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
