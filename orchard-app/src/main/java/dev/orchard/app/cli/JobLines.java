package dev.orchard.app.cli;

import dev.orchard.app.command.Formats;
import dev.orchard.app.status.JobSnapshot;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Collection;

/** The jobs part of {@code orchard status}, from the history {@code orchard run} keeps. */
final class JobLines {
    private JobLines() {
    }

    static void print(PrintWriter out, Collection<JobSnapshot> jobs, Clock clock) {
        if (jobs.isEmpty()) {
            out.println("Jobs:         none has run yet ('orchard run' runs them)");
            return;
        }
        out.println("Jobs:");
        for (JobSnapshot j : jobs) {
            StringBuilder line = new StringBuilder("  ").append(String.format("%-10s", j.name()));
            if (j.lastEnd() == null) {
                line.append(" never ran");
            } else {
                line.append(' ').append(j.lastResult()).append(" at ").append(Formats.dateTime(j.lastEnd()));
                if (j.lastSummary() != null) line.append(" (").append(j.lastSummary()).append(")");
            }
            if (j.consecutiveFailures() > 0) line.append("; ").append(j.consecutiveFailures()).append(" failure(s) in a row");
            if (j.lastSuccess() != null && !"ok".equals(j.lastResult())) {
                line.append("; last success ").append(Formats.inDays(clock, j.lastSuccess()));
            }
            if (j.nextRun() != null) line.append("; next ").append(Formats.dateTime(j.nextRun()));
            out.println(line);
        }
    }
}
