package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.config.ConfigException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.icloud.sharedstreams.SharedStreamsClient;
import dev.orchard.photos.options.UnknownAlbumException;
import dev.orchard.photos.shared.SharedReport;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code orchard photos sync}: bring the local library up to date with iCloud Photos. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Download what is new or changed in iCloud Photos, lay it out by date and album, and verify every original.")
public final class PhotosSyncCommand extends PhotosSubcommand implements Callable<Integer> {
    @Mixin
    PhotosOptions photos;

    @Option(names = "--dry-run", description = "Show what would change; change nothing, download nothing.")
    boolean dryRun;

    @Option(names = "--photos-full", description = "List the whole library instead of asking iCloud what changed.")
    boolean full;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        SyncOptions options = photos.builder(ctx.env(), ctx.clock()).dryRun(dryRun).forceFull(full).build();
        try (ICloudSession session = signIn()) {
            SharedStreamsClient sharedAlbums = dryRun || !photos.sharedAlbums() ? null : SharedAlbumsStep.prefetch(session);
            SyncReport report = run(session, options, photos.listingThreads(), out, ctx.interactive());
            SharedReport shared = sharedAlbums == null ? null
                    : SharedAlbumsStep.run(sharedAlbums, session, options.libraryDir(), options.fileModes(), photos.sharedAlbumNames(),
                            ctx.clock(), out::println);
            if (report.complete() && (shared == null || shared.complete())) return ExitCodes.OK;
            SyncSummary.printFailures(spec.commandLine().getErr(), report);
            return ExitCodes.FAILURE;
        }
    }

    /** Runs one sync with progress on {@code out} and prints the summary; also used by the demo and verify. */
    public static SyncReport run(ICloudSession session, SyncOptions options, int listingThreads, PrintWriter out, boolean terminal) {
        SyncProgress progress = new SyncProgress(out, terminal);
        PhotosService service = new PhotosService(session, listingThreads);
        SyncReport report;
        try {
            report = PhotoSync.onSession(session, service, options, progress).run();
        } catch (UnknownAlbumException e) {
            throw unknownAlbum(e, options);
        } finally {
            progress.finish();
        }
        SyncSummary.print(out, report, options.libraryDir());
        return report;
    }

    /** A usage error naming the option that holds the unknown album (its origin is added by the error reporter). */
    static ConfigException unknownAlbum(UnknownAlbumException e, SyncOptions options) {
        String option = options.albums().contains(e.name()) ? "--photos-album" : "--photos-exclude-album";
        return new ConfigException(option + ": " + e.getMessage());
    }
}
