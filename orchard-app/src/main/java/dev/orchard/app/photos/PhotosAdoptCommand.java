package dev.orchard.app.photos;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.config.ConfigException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.photos.PhotosService;
import dev.orchard.photos.adopt.AdoptHooks;
import dev.orchard.photos.adopt.AdoptReport;
import dev.orchard.photos.adopt.Adopter;
import dev.orchard.photos.adopt.ForeignTree;
import dev.orchard.photos.sync.PhotoSync;
import dev.orchard.photos.options.SyncOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code orchard photos adopt DIR}: take a library icloudpd or icloud-photos-sync downloaded, instead of downloading it again. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = {"Take the photos and videos another tool downloaded (icloudpd, icloud-photos-sync) into the library "
                + "by iCloud's checksum, so 'orchard photos sync' does not download them again.",
                "Lists iCloud first. Files that match nothing, or that the library already has, stay where they are; "
                        + "nothing is deleted."})
public final class PhotosAdoptCommand extends PhotosSubcommand implements Callable<Integer> {
    @Mixin
    PhotosOptions photos;

    @Parameters(paramLabel = "DIR", description = "The folder icloudpd or icloud-photos-sync downloaded into.")
    Path dir;

    @Option(names = "--link", description = "Hard-link the files into the library and leave the folder as it was "
            + "(same file system only); default: move them.")
    boolean link;

    @Option(names = "--dry-run", description = "Read the folder and say how much would not need downloading; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        SyncOptions options = photos.builder(ctx.env(), ctx.clock()).dryRun(dryRun).build();
        ForeignTree tree;
        out.println("Looking through " + dir + "...");
        out.flush();
        try {
            tree = Adopter.scan(dir, options, link);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("photos adopt: " + e.getMessage());
        }
        AdoptProgress progress = new AdoptProgress(out, ctx.interactive());
        AdoptReport report;
        try (ICloudSession session = signIn()) {
            PhotosService service = new PhotosService(session, photos.listingThreads());
            PhotoSync listing = PhotoSync.onSession(session, service, options, progress);
            report = new Adopter(listing, options, link, progress, AdoptHooks.NONE).run(tree);
        } finally {
            progress.finish();
        }
        AdoptSummary.print(out, report, options.libraryDir());
        return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
