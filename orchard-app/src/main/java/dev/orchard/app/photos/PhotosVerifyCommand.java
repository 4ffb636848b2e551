package dev.orchard.app.photos;

import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.photos.options.SyncOptions;
import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.verify.VerifyReport;
import dev.orchard.photos.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code orchard photos verify}: re-hash every local original against iCloud's checksum; optionally repair. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-read every file of the library and check it against iCloud's checksum; report missing and "
                + "corrupt files. Needs no network unless --repair.")
public final class PhotosVerifyCommand extends PhotosSubcommand implements Callable<Integer> {
    @Mixin
    PhotosOptions photos;

    @Option(names = "--repair", description = "Download missing and corrupt files again (corrupt ones are kept in .orchard-quarantine/).")
    boolean repair;

    @Override
    public Integer call() {
        AppContext ctx = context();
        PrintWriter out = out();
        Path dir = photos.dir(ctx.env());
        SyncProgress progress = new SyncProgress(out, ctx.interactive());
        progress.phase("verifying " + dir);
        VerifyReport r;
        try {
            r = Verifier.run(dir, repair, progress::checked);
        } catch (IllegalArgumentException e) {
            throw new dev.orchard.app.config.ConfigException(e.getMessage());
        } finally {
            progress.finish();
        }
        out.println("Verified against iCloud's checksum: " + Units.count(r.verified()) + " files");
        if (r.sizeOnly() > 0) out.println("Checked by size only (no verifiable checksum): " + Units.count(r.sizeOnly()) + " files");
        out.println("Missing: " + r.missing().size() + ", corrupt: " + r.corrupt().size());
        r.missing().forEach(m -> out.println("  missing: " + m));
        r.corrupt().forEach(c -> out.println("  corrupt: " + c));
        if (r.clean()) return ExitCodes.OK;
        if (!repair) {
            out.println("Run 'orchard photos verify --repair' to download them again.");
            return ExitCodes.FAILURE;
        }
        out.println("Downloading " + r.markedForRepair() + " file(s) again...");
        SyncOptions options = photos.builder(ctx.env(), ctx.clock()).build();
        try (ICloudSession session = signIn()) {
            SyncReport report = PhotosSyncCommand.run(session, options, photos.listingThreads(), out, ctx.interactive());
            return report.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
