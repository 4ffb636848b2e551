package dev.orchard.app.drive;

import dev.orchard.app.daemon.SessionState;
import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.watch.WatchListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** What {@code drive sync --watch} tells the console and its web service (status page, /metrics, /healthz). */
final class ConsoleWatch implements WatchListener {
    private final ConsoleProgress console;
    private final DriveWatchService service;
    private final PrintWriter out;
    private final PrintWriter err;

    ConsoleWatch(ConsoleProgress console, DriveWatchService service, PrintWriter out, PrintWriter err) {
        this.console = console;
        this.service = service;
        this.out = out;
        this.err = err;
    }

    @Override
    public void started(Path folder, Duration interval) {
        out.println("Drive: watching " + folder + "; iCloud is checked every " + interval.toSeconds()
                + " s. Stop with Ctrl-C (the change in flight is finished first)."
                + (service.url() == null ? "" : " Status, /metrics and /healthz: " + service.url()));
    }

    @Override
    public void passStarted() {
        service.passStarted();
    }

    @Override
    public void passed(PassReport report) {
        console.summary(report);
        service.passFinished(report);
    }

    @Override
    public void passFailed(String message) {
        err.println("orchard: " + message);
        service.passFailed(message);
    }

    @Override
    public void sessionEnded(String message) {
        service.sessionEnded(SessionState.NEEDS_USER);
        service.passFailed(message);
    }

    @Override
    public void stopped() {
        out.println("Drive: stopped.");
    }
}
