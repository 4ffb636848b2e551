package dev.orchard.drive.sync;

import dev.orchard.drive.plan.Plan;
import dev.orchard.drive.report.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass planned and did ({@code outcome} empty for a dry run); {@code writtenLocally}: paths it wrote;
 * {@code planLines}: one line per change the plan makes that a person would notice.
 */
public record PassReport(List<String> planLines, Outcome outcome, List<String> warnings, boolean resync, boolean dryRun,
                         Duration scanLocal, Duration scanRemote, Duration total, int localEntries, int remoteEntries,
                         java.util.Set<String> writtenLocally) {

    public boolean clean() {
        return outcome.get(Outcome.Count.FAILED) == 0 && outcome.get(Outcome.Count.DEFERRED) == 0;
    }

    /** One line per change the plan makes that a person would notice: renames first, then the rest. */
    static List<String> linesOf(Plan plan) {
        List<String> lines = new ArrayList<>();
        plan.renames().forEach(r -> lines.add(r.describe()));
        plan.actions().stream().filter(a -> a.kind().visible()).forEach(a -> lines.add(a.describe()));
        return lines;
    }
}
