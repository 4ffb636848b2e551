package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.Formats;
import dev.orchard.app.config.ConfigException;
import dev.orchard.app.doctor.Finding;
import dev.orchard.app.doctor.StateChecks;
import dev.orchard.icloud.ICloudException;
import dev.orchard.icloud.auth.SessionStatus;
import dev.orchard.icloud.http.HttpTransport;
import dev.orchard.icloud.session.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code orchard doctor}: checks what an unattended Orchard depends on and says how to fix each problem. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the configuration, state directory permissions, free disk space and the iCloud session,",
                "and say what to do about each problem. Exits 1 when something needs fixing."})
public final class DoctorCommand implements Callable<Integer>, ServiceAccounts.Holder {
    @ParentCommand
    OrchardCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Option(names = "--offline", description = "Do not ask Apple whether the session is still valid.")
    boolean offline;

    @Override
    public ServiceOptions service() {
        return service;
    }

    @Override
    public Integer call() {
        AppContext shared = root.context();
        List<Finding> findings = new ArrayList<>();
        findings.add(configFile(shared));
        findings.add(valid("web server", () -> service.web.access().open() ? "serves on " + service.web.bind() + ":" + service.web.port() + " (loopback, no login)"
                : "serves on " + service.web.bind() + ":" + service.web.port() + " and requires a password or token"));
        List<ServiceAccounts.Account> accounts;
        try {
            accounts = ServiceAccounts.resolve(shared, spec.commandLine().getParseResult(), service);
        } catch (ConfigException e) {
            findings.add(Finding.fix("account", e.getMessage().startsWith("no Apple ID") ? "no Apple ID configured" : e.getMessage(),
                    "set username in the config file or ORCHARD_USERNAME, or add an [account you@example.com] section"));
            return report(findings);
        }
        for (ServiceAccounts.Account a : accounts) {
            service = a.options();
            findings.addAll(account(a.ctx(), a.appleId()));
        }
        findings.add(Finding.ok("runtime", "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"));
        findings.add(FileNameEncoding.utf8() ? Finding.ok("file names", "UTF-8")
                : Finding.fix("file names", "the locale is not UTF-8, so names such as 'Kyōto.jpg' cannot be written",
                "run with LC_ALL=C.UTF-8 (the packaged orchard command and units do)"));
        return report(findings);
    }

    /** The checks of one Apple ID, with {@link #service} set to its options. */
    private List<Finding> account(AppContext ctx, String appleId) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.ok("account", appleId));
        findings.add(valid("notifications", () -> {
            int n = service.notify.channels().size();
            service.notify.events();
            return n == 0 ? "none configured (see --notify-ntfy, --notify-webhook, --notify-email, --notify-script)" : n + " channel(s)";
        }));
        findings.add(valid("jobs", () -> {
            List<dev.orchard.app.daemon.ScheduledJob> jobs = service.jobs(ctx);
            JobPlan.requireSyncJob(appleId, jobs, !ctx.config().accounts().isEmpty());
            return JobPlan.describe(jobs);
        }));
        findings.add(passwordSource(ctx));
        SessionStore store;
        try {
            store = service.icloud.store(ctx.env());
        } catch (ConfigException e) {
            findings.add(Finding.fix("state", e.getMessage(), "correct the option named above"));
            return findings;
        }
        findings.addAll(StateChecks.check(service.icloud.stateDir(ctx.env()), store.directory()));
        findings.addAll(session(ctx, store, appleId));
        return findings;
    }

    private Finding configFile(AppContext ctx) {
        var file = ctx.config().configFile();
        return Finding.ok("config", file != null && Files.isRegularFile(file) ? "read " + file
                : "no config file (" + file + "); using environment and defaults");
    }

    private static Finding valid(String topic, Supplier<String> check) {
        try {
            return Finding.ok(topic, check.get());
        } catch (ConfigException e) {
            return Finding.fix(topic, e.getMessage(), "correct that setting (flag, ORCHARD_* variable or config file)");
        }
    }

    private Finding passwordSource(AppContext ctx) {
        if (service.icloud.passwordCommand() != null) return Finding.ok("password", "from --password-command");
        if (service.icloud.passwordFile() != null) return readable("from " + service.icloud.passwordFile(), ctx, "fix the password file (it must exist and be mode 600)");
        if (ctx.setting("ORCHARD_PASSWORD") != null) return Finding.ok("password", "from ORCHARD_PASSWORD");
        if (service.icloud.usesKeyring()) {
            return readable("from the desktop keyring (--keyring)", ctx, "store it: secret-tool store --label='Orchard' service orchard account "
                    + service.icloud.username(ctx.env()));
        }
        return Finding.warn("password", "no password source: when Apple drops the session, 'orchard run' cannot sign in again by itself",
                "set password-file (mode 600), password-command, or keyring = true");
    }

    /** Reads the password once (and forgets it) to prove the source works. */
    private Finding readable(String source, AppContext ctx, String fix) {
        try {
            Arrays.fill(service.icloud.passwords(ctx, null).password(), '\0');
            return Finding.ok("password", source);
        } catch (ConfigException e) {
            return Finding.fix("password", e.getMessage(), fix);
        }
    }

    private List<Finding> session(AppContext ctx, SessionStore store, String appleId) {
        List<Finding> out = new ArrayList<>();
        SessionStatus s;
        try (HttpTransport http = service.icloud.http(ctx)) {
            s = SessionStatus.check(store, http, service.icloud.endpoints(), ctx.clock(), !offline);
        } catch (ConfigException e) {
            out.add(Finding.fix("session", e.getMessage(), "correct the option named above"));
            return out;
        } catch (ICloudException e) {
            out.add(Finding.warn("session", "could not ask Apple about the session: " + e.getMessage(),
                    "check the network and proxy settings, or run 'orchard doctor --offline'"));
            return out;
        }
        if (!s.stored()) {
            out.add(Finding.fix("session", "not signed in", "run: orchard login --username " + appleId));
            return out;
        }
        if (Boolean.FALSE.equals(s.sessionValid())) {
            out.add(Finding.fix("session", "the stored session has expired", "run: orchard login --username " + appleId
                    + "  (or let 'orchard run' sign in and enter the code on its web page)"));
        } else {
            out.add(Finding.ok("session", s.sessionValid() == null ? "stored (not checked: --offline)" : "valid"));
        }
        if (s.trustExpires() == null) {
            out.add(Finding.warn("trust", "this machine is not trusted: the next password sign-in needs a code", "run: orchard login --username " + appleId));
        } else if (Duration.between(ctx.clock().instant(), s.trustExpires()).compareTo(Duration.ofDays(7)) < 0) {
            out.add(Finding.warn("trust", "Apple asks for a new code " + Formats.inDays(ctx.clock(), s.trustExpires()),
                    "be ready to enter it on the web page, or run 'orchard login' now"));
        } else {
            out.add(Finding.ok("trust", "until " + Formats.dateTime(s.trustExpires()) + " (" + Formats.inDays(ctx.clock(), s.trustExpires()) + ")"));
        }
        return out;
    }

    private int report(List<Finding> findings) {
        PrintWriter out = spec.commandLine().getOut();
        int fix = 0;
        int warn = 0;
        for (Finding f : findings) {
            String tag = switch (f.level()) {
                case OK -> "ok  ";
                case WARN -> "WARN";
                case FIX -> "FIX ";
            };
            out.printf("%s  %-14s %s%n", tag, f.topic(), f.what());
            if (f.fix() != null) out.printf("      %-14s -> %s%n", "", f.fix());
            if (f.level() == Finding.Level.FIX) fix++;
            if (f.level() == Finding.Level.WARN) warn++;
        }
        out.println(fix == 0 ? (warn == 0 ? "Everything looks good." : "No problems to fix; " + warn + " warning(s).")
                : fix + " problem(s) to fix" + (warn == 0 ? "." : ", " + warn + " warning(s)."));
        out.flush();
        return fix == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
