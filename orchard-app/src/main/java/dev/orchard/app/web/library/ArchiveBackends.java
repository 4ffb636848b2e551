package dev.orchard.app.web.library;

import dev.orchard.icloud.ICloudSession;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where the page's archive backend comes from: the one place to wire issue 10's archive engine in (it gets the
 * library folder and the daemon's current session, null while signed out).
 */
public final class ArchiveBackends {
    private ArchiveBackends() {
    }

    public static ArchiveBackend forLibrary(Supplier<ICloudSession> session, Path library) {
        return ArchiveBackend.unavailable("this build has no archive engine yet");
    }
}
