package dev.orchard.icloud.session;

import dev.orchard.icloud.ICloudException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A state file Orchard may not read (typically left owned by root by a {@code sudo} run). The file is kept as it
 * is: moving it aside would lose the trust token, and a read-only command never changes state.
 */
public final class StateUnreadableException extends ICloudException {
    public StateUnreadableException(Path file, IOException cause) {
        super(describe(file, cause), cause);
    }

    private static String describe(Path file, IOException cause) {
        if (cause instanceof AccessDeniedException) {
            return "cannot read " + file + ": permission denied. Fix: " + ownershipFix(file);
        }
        return "cannot read " + file + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + "); Orchard leaves it untouched: repair or remove it, then sign in again";
    }

    /**
     * The command that gives a state file or directory back to the user running Orchard; the same advice
     * {@code orchard doctor} gives for a state directory owned by someone else.
     */
    public static String ownershipFix(Path path) {
        String me = System.getProperty("user.name");
        Path dir = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? path : path.getParent();
        String fix = "chown -R " + me + " " + dir;
        try {
            String owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(me)) return fix + "  (or run Orchard as " + owner + ")";
        } catch (IOException | UnsupportedOperationException ignored) {
            // the owner cannot be named; the command alone is still the fix
        }
        return fix;
    }
}
