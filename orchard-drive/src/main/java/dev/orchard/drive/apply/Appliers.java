package dev.orchard.drive.apply;

import dev.orchard.drive.options.SyncOptions;
import dev.orchard.drive.plan.Sides;
import dev.orchard.drive.report.Outcome;
import dev.orchard.drive.report.SyncHooks;

import java.time.Clock;

/**
 * The steps of a pass that change things, each given only what it uses, built once per view of the three sides (a
 * second time only when recovery made the pass list iCloud again). They share one {@link Outcome} and one
 * {@link ConflictPaths}.
 */
public record Appliers(Outcome outcome, Remote remote, Transfers transfers, Structure structure, Conflicts conflicts,
                       Recovery recovery, Renamer renamer) {

    /** {@code live} false: a trial on copies of the views, whose renamer only moves them. */
    public static Appliers of(LocalFiles files, Remote remote, BaseWrites base, Sides sides, SyncOptions options, SyncHooks hooks,
                              Clock clock, boolean live) {
        Outcome outcome = new Outcome();
        ConflictPaths conflictPaths = new ConflictPaths(sides, clock);
        Transfers transfers = new Transfers(files, remote, base, outcome, hooks, options.maxDownloads(), options.checksums());
        return new Appliers(outcome, remote, transfers,
                new Structure(files, remote, base, outcome, hooks, transfers),
                new Conflicts(files, remote.client(), conflictPaths, outcome, hooks, options.conflicts(), options.conflictTolerance(),
                        transfers),
                new Recovery(remote.client(), base, conflictPaths, transfers),
                new Renamer(files, remote, base, conflictPaths, outcome, hooks, sides, live));
    }
}
