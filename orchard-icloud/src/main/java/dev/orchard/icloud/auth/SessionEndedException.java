package dev.orchard.icloud.auth;

import dev.orchard.icloud.ICloudException;

/**
 * Apple ended the session of a process told not to sign in again by itself ({@code --no-auto-reauth}): it
 * stops, and whoever supervises it (or the person) decides what comes next.
 */
public final class SessionEndedException extends ICloudException {
    public SessionEndedException(String appleId) {
        super("Apple ended the iCloud session of " + appleId + " and --no-auto-reauth is set, so Orchard stops instead of "
                + "signing in again; run: orchard login --username " + appleId);
    }
}
