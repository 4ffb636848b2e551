package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code orchard fake-icloud}: runs the fake iCloud standalone until interrupted. */
@Command(name = "fake-icloud", mixinStandardHelpOptions = true,
        description = "Run the fake iCloud (for trying Orchard and other iCloud clients without Apple).")
public final class FakeICloudCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Mixin
    AccountOptions account;

    @Mixin
    PhotosOptions photos;

    @Mixin
    DriveOptions drive;

    /** Builds the configuration from the options. */
    public FakeConfig config() {
        FakeConfig config = FakeConfig.defaults();
        server.applyTo(config);
        account.applyTo(config);
        photos.applyTo(config);
        drive.applyTo(config);
        return config;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FakeConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("orchard fake-icloud: " + e.getMessage());
            return 2;
        }
        CountDownLatch stop = new CountDownLatch(1);
        FakeICloud started;
        try {
            started = FakeICloud.start(config);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("orchard fake-icloud: " + e.getMessage());
            return 2;
        }
        try (FakeICloud fake = started) {
            fake.onNotice(n -> {
                out.println("[fake-icloud] " + n);
                out.flush();
            });
            describe(fake, out);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "fake-icloud-stop"));
            stop.await();
        }
        return 0;
    }

    private void describe(FakeICloud fake, PrintWriter out) {
        out.println("Fake iCloud is running.");
        out.println("  endpoint:     " + fake.baseUrl());
        if (fake.proxyPort() > 0) out.println("  https proxy:  http://127.0.0.1:" + fake.proxyPort());
        if (fake.tlsPort() > 0) out.println("  TLS port:     " + fake.tlsPort());
        if (fake.caFile() != null) out.println("  CA (PEM):     " + fake.caFile());
        out.println("  admin API:    " + fake.baseUrl() + "/_fake/");
        photos.describe(fake, out);
        out.println("  account:      " + account.appleId + "  password: " + account.password + "  2FA: " + account.mfa
                + (account.mfaCode != null ? " (code " + account.mfaCode + ")" : " (codes printed here)"));
        out.println();
        out.println("Point Orchard at it with either:");
        out.println("  ORCHARD_ICLOUD_ENDPOINT=" + fake.baseUrl() + " orchard login --username " + account.appleId);
        if (fake.proxyPort() > 0 && fake.caFile() != null) {
            out.println("  HTTPS_PROXY=http://127.0.0.1:" + fake.proxyPort() + " ORCHARD_CA_FILE=" + fake.caFile()
                    + " orchard login --username " + account.appleId);
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
    }
}
