package dev.orchard.app.drive;

import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.watch.WatchListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** The lines {@code drive sync --watch} prints around its passes. */
final class ConsoleWatch implements WatchListener {
    private final ConsoleProgress console;
    private final PrintWriter out;
    private final PrintWriter err;

    ConsoleWatch(ConsoleProgress console, PrintWriter out, PrintWriter err) {
        this.console = console;
        this.out = out;
        this.err = err;
    }

    @Override
    public void started(Path folder, Duration interval) {
        out.println("Drive: watching " + folder + "; iCloud is checked every " + interval.toSeconds()
                + " s. Stop with Ctrl-C (the change in flight is finished first).");
    }

    @Override
    public void passed(PassReport report) {
        console.summary(report);
    }

    @Override
    public void passFailed(String message) {
        err.println("orchard: " + message);
    }

    @Override
    public void stopped() {
        out.println("Drive: stopped.");
    }
}
