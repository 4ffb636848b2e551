package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.ICloudOptions;
import dev.orchard.app.drive.DriveDemo;
import dev.orchard.app.photos.PhotosDemo;
import dev.orchard.app.photos.SharedAlbumsDemo;
import dev.orchard.app.signin.SessionOpener;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.icloud.auth.AuthException;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.auth.MfaChannel;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.SignIn;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.auth.SignInMethod;
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
 * {@code orchard demo}: the main job against an embedded fake iCloud, with nothing to set up. Signs in to
 * the fake's demo account (entering the 2FA code the fake "sends" by itself) and stores the session.
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

    @Option(names = "--no-serve", description = "End when the syncs are done instead of serving the library page.")
    boolean noServe;

    @Option(names = "--demo-assets", defaultValue = "300", paramLabel = "N",
            description = "How many assets the fake photo library holds (default: ${DEFAULT-VALUE}).")
    int assets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path base = dir.toAbsolutePath().normalize();
        BlockingQueue<String> codes = new LinkedBlockingQueue<>();
        boolean photosComplete;
        try (FakeICloud fake = FakeICloud.start(FakeConfig.defaults().setup(f -> f.photos().generate(assets)))) {
            fake.onNotice(n -> {
                Matcher m = CODE.matcher(n);
                if (m.find()) codes.offer(m.group(1));
            });
            out.println("Started a fake iCloud at " + fake.baseUrl() + " with the account " + FakeConfig.DEMO_APPLE_ID
                    + " and a generated photo library of " + assets + " assets (photos, HEIC, Live Photos, videos,");
            out.println("RAW+JPEG, edits, albums in folders, a shared library, hidden and deleted items, hostile file names).");
            ICloudOptions icloud = ICloudOptions.of(FakeConfig.DEMO_APPLE_ID, fake.baseUrl(), base.resolve("state"));
            AppContext ctx = root.context();
            try (ICloudSession session = SessionOpener.open(ctx, icloud, icloud.store(ctx.env()),
                    FakeConfig.DEMO_PASSWORD::toCharArray, codeFrom(codes, out), listener(out), SignIn.ALL_APPS)) {
                out.println();
                out.println("Signed in to the fake iCloud:");
                out.println("  account:  " + session.appleId() + " (dsid " + session.account().dsid() + ")");
                out.println("  services: " + String.join(", ", session.account().webservices().keySet()));
                out.println("  session stored in " + icloud.store(ctx.env()).directory());
            }
            out.println();
            out.println("Signing in again, as the next run would: the stored session is reused, no password or code.");
            try (ICloudSession again = SessionOpener.open(ctx, icloud, icloud.store(ctx.env()),
                    FakeConfig.DEMO_PASSWORD::toCharArray, codeFrom(codes, out), listener(out), SignIn.ALL_APPS)) {
                out.println("  signed in as " + again.appleId() + " again.");
                photosComplete = new PhotosDemo(again, base, out, ctx.clock(), ctx.interactive()).run();
                photosComplete &= new SharedAlbumsDemo(fake, again, base, out, ctx.clock()).run();
                new DriveDemo(fake, again, base, out).run();
            }
        }
        if (!noServe) serveLibrary(base.resolve("iCloud Photos"), out);
        return photosComplete ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static void serveLibrary(Path library, PrintWriter out) {
        try (var server = dev.orchard.app.photos.PhotosServeCommand.serve(library, "127.0.0.1", 0,
                dev.orchard.app.web.WebAccess.forBind("127.0.0.1", null, null, null), "")) {
            out.println();
            out.println("Browse the library: " + server.url() + "photos/  (Ctrl-C to stop; --no-serve to skip this)");
            out.flush();
            dev.orchard.app.photos.PhotosServeCommand.awaitShutdown();
        } catch (Exception e) {
            out.println("Could not serve the library page: " + e.getMessage());
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
