package dev.orchard.app.photos;

import dev.orchard.photos.archive.ArchiveHistory;
import dev.orchard.photos.report.ArchiveRun;
import dev.orchard.app.command.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code orchard photos archived}: every archive run of the library, from its state; asks iCloud nothing. */
@Command(name = "archived", mixinStandardHelpOptions = true,
        description = "List every archive of this library: rule, when, assets kept, removed from iCloud, skipped, space freed.")
public final class PhotosArchivedCommand extends PhotosSubcommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Mixin
    PhotosOptions photos;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Path library = photos.dir(context().env()).toAbsolutePath().normalize();
        List<ArchiveRun> runs = ArchiveHistory.runs(library);
        if (runs == null) {
            out.println("No archives: " + library + " has not been synced yet.");
            return ExitCodes.OK;
        }
        if (runs.isEmpty()) {
            out.println("No archives in " + library + " yet.");
            return ExitCodes.OK;
        }
        out.printf("%-4s %-17s %7s %8s %8s %10s  %s%n", "#", "when (UTC)", "kept", "removed", "skipped", "freed", "rule");
        for (ArchiveRun r : runs) {
            out.printf("%-4d %-17s %7s %8s %8s %10s  %s%s%n", r.id(), WHEN.format(Instant.ofEpochMilli(r.started())),
                    Units.count(r.kept()), Units.count(r.removed()), Units.count(r.skipped()), Units.bytes(r.bytesFreed()), r.rule(),
                    r.finished() == null ? "  (interrupted)" : "");
        }
        return ExitCodes.OK;
    }
}
