package dev.orchard.app.cli;

import dev.orchard.app.photos.PhotosSyncCommand;
import dev.orchard.app.signin.SessionOpener;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.icloud.ICloudSession;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.SignIn;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.auth.SignInMethod;
import dev.orchard.photos.sync.SyncOptions;
import dev.orchard.photos.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code orchard demo}: the main job against an embedded fake iCloud, with nothing to set up. Starts the fake
 * with a generated photo library, signs in to its demo account (entering the 2FA code the fake "sends" by
 * itself), syncs the library into a local folder, syncs again to show what an unchanged library costs, and
 * says where to look.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Try Orchard end to end against a built-in fake iCloud (no Apple account needed).")
public final class DemoCommand implements Callable<Integer> {
    private static final Pattern CODE = Pattern.compile("(\\d{6})\\s*$");

    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "orchard-demo", paramLabel = "DIR",
            description = "Where the demo keeps its state and files (default: ./${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--demo-assets", defaultValue = "300", paramLabel = "N",
            description = "How many assets the fake library holds (default: ${DEFAULT-VALUE}).")
    int assets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path base = dir.toAbsolutePath().normalize();
        Path library = base.resolve("iCloud Photos");
        BlockingQueue<String> codes = new LinkedBlockingQueue<>();
        FakeConfig config = FakeConfig.defaults().setup(f -> f.photos().generate(assets));
        try (FakeICloud fake = FakeICloud.start(config)) {
            fake.onNotice(n -> {
                Matcher m = CODE.matcher(n);
                if (m.find()) codes.offer(m.group(1));
            });
            out.println("Started a fake iCloud at " + fake.baseUrl() + " with the account " + FakeConfig.DEMO_APPLE_ID
                    + " and a generated photo library of " + assets + " assets (photos, HEIC, Live Photos, videos, RAW+JPEG,");
            out.println("edits, albums in folders, a shared library, hidden and deleted items, hostile file names).");
            ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), base.resolve("state"));
            AppContext ctx = root.context();
            try (ICloudSession session = SessionOpener.open(ctx, icloud, icloud.store(ctx.env()),
                    FakeConfig.DEMO_PASSWORD::toCharArray, codeFrom(codes, out), listener(out), SignIn.ALL_APPS)) {
                out.println("Signed in as " + session.appleId() + "; session stored in " + icloud.store(ctx.env()).directory());
                out.println();
                SyncOptions options = SyncOptions.builder(library).clock(ctx.clock()).build();
                SyncReport first = PhotosSyncCommand.run(session, options, 6, out, ctx.interactive());
                out.println();
                out.println("Syncing again, as a scheduled run would, with nothing changed in iCloud:");
                SyncReport second = PhotosSyncCommand.run(session, options, 6, out, false);
                out.println();
                out.println("Look at the library:");
                out.println("  " + library.resolve("Photos") + "          originals by year and month, Live Photo videos");
                out.println("      beside their photos, edits as <name>-edited.<ext>, RAW files beside their JPEGs");
                out.println("  " + library.resolve("Albums") + "          albums and folders, as links to the files above");
                out.println("  " + library.resolve("Shared Library") + "  the iCloud Shared Photo Library");
                out.println("The second sync asked iCloud " + second.requests() + " question" + (second.requests() == 1 ? "" : "s")
                        + " and downloaded " + second.get(SyncReport.Counter.DOWNLOADED) + " files.");
                return first.complete() && second.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
        }
    }

    private static SessionOpener.CodeChannel codeFrom(BlockingQueue<String> codes, PrintWriter out) {
        MfaChannel channel = (MfaPrompt prompt) -> {
            try {
                String code = codes.poll(30, TimeUnit.SECONDS);
                if (code == null) throw new AuthException(AuthException.Reason.MFA_TIMEOUT, "the fake iCloud sent no code");
                out.println("The fake iCloud \"sent\" the code " + code + " to the demo's trusted device; entering it.");
                return code;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuthException(AuthException.Reason.MFA_TIMEOUT, "interrupted");
            }
        };
        return new SessionOpener.CodeChannel() {
            @Override
            public MfaChannel channel() {
                return channel;
            }

            @Override
            public void close() {
            }
        };
    }

    private static SignInListener listener(PrintWriter out) {
        return new SignInListener() {
            @Override
            public void signingInWithPassword() {
                out.println("Signing in with the demo password (SRP, as icloud.com does)...");
            }

            @Override
            public void signedIn(SignInMethod method) {
                out.println("Sign-in method: " + method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        };
    }
}
