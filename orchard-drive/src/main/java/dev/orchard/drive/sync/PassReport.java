package dev.orchard.drive.sync;

import dev.orchard.drive.apply.Outcome;
import dev.orchard.drive.plan.Plan;

import java.time.Duration;
import java.util.List;

/** What one pass planned and did. {@code outcome} is empty for a dry run. */
public record PassReport(Plan plan, Outcome outcome, List<String> warnings, boolean resync, boolean dryRun,
                         Duration scanLocal, Duration scanRemote, Duration total, int localEntries, int remoteEntries) {

    public boolean clean() {
        return outcome.get(Outcome.Count.FAILED) == 0 && outcome.get(Outcome.Count.DEFERRED) == 0;
    }
}
