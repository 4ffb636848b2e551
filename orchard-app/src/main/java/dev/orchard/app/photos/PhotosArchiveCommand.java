package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.config.ConfigException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.options.Age;
import dev.orchard.photos.archive.ArchiveHooks;
import dev.orchard.photos.archive.ArchiveListener;
import dev.orchard.photos.archive.ArchivePlan;
import dev.orchard.photos.archive.ArchiveReport;
import dev.orchard.photos.archive.ArchiveRequest;
import dev.orchard.photos.archive.Archiver;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code orchard photos archive}: keep albums or old photos here, verified and frozen, and free their space in
 * iCloud by moving every non-favourite to Recently Deleted.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = {"Keep albums (or everything older than an age) here, verified and frozen, and move every non-favourite "
                + "to Recently Deleted in iCloud to free space.",
                "Syncs first. Restore from Recently Deleted within 30 days; after that the copy here is the only one."})
public final class PhotosArchiveCommand extends PhotosSubcommand implements Callable<Integer> {
    @Mixin
    PhotosOptions photos;

    @Parameters(paramLabel = "ALBUM", arity = "0..*",
            description = "Albums or folders as 'orchard photos albums' prints them (a folder: every album in it).")
    List<String> albums = new ArrayList<>();

    @Option(names = "--older-than", paramLabel = "AGE",
            description = "Assets taken longer ago than AGE (400d, 18m, 2y); with ALBUMs, only their old assets.")
    String olderThan;

    @Option(names = "--except-album", paramLabel = "NAME", description = "Never assets in this album or folder; repeatable.")
    List<String> except = new ArrayList<>();

    @Option(names = "--keep-in-icloud", description = "Freeze and pin here, remove nothing from iCloud.")
    boolean keepInICloud;

    @Option(names = "--dry-run", description = "Show what would happen (as of the last sync); change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        ArchiveRequest request = request();
        boolean verbose = parent.root.verbose();
        if (!dryRun && !yes && !ctx.interactive()) {
            throw new ConfigException("photos archive changes iCloud and needs a confirmation: add --yes to run it without a terminal"
                    + " (or --dry-run to see what it would do)");
        }
        SyncOptions options = photos.builder(ctx.env(), ctx.clock()).build();
        try (ICloudSession session = signIn()) {
            PhotosService service = new PhotosService(session, photos.listingThreads());
            Archiver archiver = new Archiver(service, options, ArchiveHooks.NONE, session.http().config().sleeper());
            if (!dryRun) {
                SyncReport sync = PhotosSyncCommand.run(session, options, photos.listingThreads(), out, ctx.interactive());
                if (!sync.complete()) {
                    out.println("Not archiving: the sync did not finish, so some files may not be verified yet.");
                    return ExitCodes.FAILURE;
                }
            }
            ArchivePlan plan = plan(archiver, request);
            ArchiveText.plan(out, plan, verbose, dryRun);
            if (dryRun || plan.nothingToDo()) return ExitCodes.OK;
            if (!yes && !confirmed(ctx, plan)) {
                out.println("Nothing changed.");
                return ExitCodes.OK;
            }
            ArchiveReport report = archiver.run(request, verbose ? new ArchiveText.Lines(out) : ArchiveListener.NONE);
            ArchiveText.report(out, report, options.libraryDir());
            return ExitCodes.OK;
        }
    }

    private ArchiveRequest request() {
        try {
            Age age = olderThan == null ? null : Age.parse(olderThan);
            return new ArchiveRequest(albums, age, except, keepInICloud, 0);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static ArchivePlan plan(Archiver archiver, ArchiveRequest request) {
        try {
            return archiver.plan(request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    private static boolean confirmed(AppContext ctx, ArchivePlan plan) {
        String question = plan.leaving().isEmpty()
                ? "Pin and freeze " + Units.count(plan.kept().size()) + " assets here? [y/N] "
                : "Move " + Units.count(plan.leaving().size()) + " assets to Recently Deleted in iCloud (about "
                + Units.bytes(plan.bytesFreed()) + ")? [y/N] ";
        String answer = ctx.console().readLine("%s", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }
}
