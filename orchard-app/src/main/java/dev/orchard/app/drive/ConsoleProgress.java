package dev.orchard.app.drive;

import dev.orchard.drive.sync.PassReport;
import dev.orchard.drive.report.SyncListener;

import java.io.PrintWriter;
import java.util.List;

/** Progress lines while a pass runs, the plan of a dry run, and the closing summary. */
public final class ConsoleProgress implements SyncListener {
    private static final int MAX_WARNINGS = 20;
    private final PrintWriter out;
    private final boolean verbose;

    public ConsoleProgress(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void phase(String what) {
        out.println("Drive: " + what + "...");
        out.flush();
    }

    @Override
    public synchronized void done(String action, String path, String error) {
        if (error != null) {
            out.println("  ! " + action + ": " + path + ": " + error);
        } else if (verbose) {
            out.println("  " + action + ": " + path);
        }
        out.flush();
    }

    public void plan(PassReport r) {
        List<String> lines = r.planLines();
        if (lines.isEmpty()) {
            out.println("Drive: nothing to do; both sides agree.");
        } else {
            out.println("Drive: the next pass would" + (r.resync() ? " (copy-only resync: nothing is deleted)" : "") + ":");
            lines.forEach(line -> out.println("  " + line));
        }
        warnings(r);
    }

    public void summary(PassReport r) {
        out.println("Drive: " + r.outcome().summary() + " in " + seconds(r.total().toMillis()) + " (" + r.localEntries()
                + " local and " + r.remoteEntries() + " iCloud items; scan " + seconds(r.scanLocal().toMillis())
                + ", listing " + seconds(r.scanRemote().toMillis()) + ")" + (r.resync() ? "; copy-only resync" : ""));
        r.outcome().problems().forEach(p -> out.println("  " + p));
        warnings(r);
        out.flush();
    }

    private void warnings(PassReport r) {
        List<String> w = r.warnings();
        for (int i = 0; i < Math.min(w.size(), MAX_WARNINGS); i++) out.println("  warning: " + w.get(i));
        if (w.size() > MAX_WARNINGS) out.println("  ... and " + (w.size() - MAX_WARNINGS) + " more warnings");
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
