package dev.orchard.app.cli;

import dev.orchard.app.command.SignedInAccounts;
import dev.orchard.app.CliRun;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.MfaPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-account commands with [account] sections: each runs with the section of the Apple ID chosen by --username (its own
 * password file, photos and Drive folders), or of the only one configured, and names them when several are and none is chosen.
 */
class AccountSectionCommandsTest {
    static final String MUM = "mum@example.com";
    static final String DAD = "dad@example.com";

    @TempDir
    static Path dir;
    static FakeICloud fake;

    @BeforeAll
    static void start() throws IOException {
        fake = FakeICloud.start(FakeConfig.empty().account(MUM, "pw-mum", MfaPolicy.NONE, null).account(DAD, "pw-dad", MfaPolicy.NONE, null)
                .setup(f -> {
                    f.photos().generate(f.accounts().find(MUM), 6, 1);
                    f.photos().generate(f.accounts().find(DAD), 9, 2);
                    f.drive().account(MUM).createFile("mum.txt", "mum".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-01T10:00:00Z"));
                    f.drive().account(DAD).createFile("dad.txt", "dad".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-01T10:00:00Z"));
                }));
        for (String who : new String[]{"mum", "dad"}) {
            Path pw = dir.resolve(who + ".pw");
            Files.writeString(pw, "pw-" + who + "\n");
            Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    private static String section(String who) {
        return """
                [account %s@example.com]
                password-file = %s
                photos-dir = %s
                drive-dir = %s
                """.formatted(who, dir.resolve(who + ".pw"), dir.resolve(who + "-photos"), dir.resolve(who + "-drive"));
    }

    /** The environment of a machine whose config file is {@code config}, with its own state directory {@code name}. */
    private static Map<String, String> env(String name, String config) throws IOException {
        Path file = dir.resolve(name + ".config");
        Files.writeString(file, "icloud-endpoint = " + fake.baseUrl() + "\nmfa-port = -1\n\n" + config);
        Map<String, String> env = new HashMap<>();
        env.put("ORCHARD_CONFIG", file.toString());
        env.put("ORCHARD_STATE_DIR", dir.resolve(name + "-state").toString());
        env.put("HOME", dir.toString());
        return env;
    }

    private static CliRun run(Map<String, String> env, String... args) {
        return CliRun.run(env, dir, args);
    }

    private static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.orchard")).count();
        }
    }

    @Test
    void eachCommandRunsWithTheSectionOfTheAccountItIsGiven() throws IOException {
        Map<String, String> env = env("family", section("mum") + "\n" + section("dad"));

        CliRun login = run(env, "login", "-u", DAD);
        assertThat(login.exit).as("dad signs in with his own password file: " + login).isZero();
        CliRun sync = run(env, "photos", "sync", "--username", DAD);
        assertThat(sync.exit).as(sync.toString()).isZero();
        assertThat(files(dir.resolve("dad-photos/Photos"))).as("dad's library in dad's folder").isPositive();
        assertThat(dir.resolve("mum-photos")).doesNotExist();

        CliRun verify = run(env, "photos", "verify", "-u", DAD);
        assertThat(verify.exit).as(verify.toString()).isZero();
        assertThat(verify.out).contains("files checked");
        CliRun archived = run(env, "photos", "archived", "-u", DAD);
        assertThat(archived.exit).as(archived.toString()).isZero();
        CliRun archive = run(env, "photos", "archive", "-u", DAD, "--older-than", "1d", "--dry-run");
        assertThat(archive.exit).as(archive.toString()).isZero();
        assertThat(archive.out).as("the dry run reads dad's library").contains("Dry run");
        Path adopt = Files.createDirectories(dir.resolve("old-download"));
        CliRun adopted = run(env, "photos", "adopt", "-u", DAD, adopt.toString(), "--dry-run");
        assertThat(adopted.exit).as(adopted.toString()).isZero();

        CliRun drive = run(env, "drive", "sync", "-u", MUM);
        assertThat(drive.exit).as("mum signs in with her password file: " + drive).isZero();
        assertThat(dir.resolve("mum-drive/mum.txt")).hasContent("mum");
        assertThat(dir.resolve("dad-drive")).doesNotExist();

        assertThat(run(env, "status", "--offline", "-u", MUM).out).contains("Account:      " + MUM);
        CliRun logout = run(env, "logout", "-u", DAD);
        assertThat(logout.exit).as(logout.toString()).isZero();
        assertThat(SignedInAccounts.in(dir.resolve("family-state"))).containsExactly(MUM);
    }

    @Test
    void withSeveralSectionsAndNoneChosenEveryCommandNamesThem() throws IOException {
        Map<String, String> env = env("undecided", (section("mum") + "\n" + section("dad")).replace("-photos", "-undecided-photos"));
        for (String[] args : new String[][]{{"photos", "sync"}, {"drive", "sync"}, {"status", "--offline"}, {"login"}, {"logout"},
                {"photos", "verify"}, {"photos", "archived"}, {"photos", "adopt", "x", "--dry-run"}, {"drive", "status"}}) {
            CliRun r = run(env, args);
            assertThat(r.exit).as(String.join(" ", args) + ": " + r).isEqualTo(2);
            assertThat(r.err.strip()).as(String.join(" ", args)).isEqualTo("orchard: several Apple IDs are configured or signed in on this machine "
                    + "(dad@example.com, mum@example.com); choose one with --username");
        }
        assertThat(dir.resolve("mum-undecided-photos")).doesNotExist();
        assertThat(dir.resolve("dad-undecided-photos")).doesNotExist();
        assertThat(dir.resolve("Pictures")).as("nor the default library of nobody in particular").doesNotExist();
    }

    @Test
    void theOnlySectionNeedsNoUsername() throws IOException {
        Map<String, String> env = env("mum-only", section("mum").replace("mum-photos", "mum-only-photos").replace("mum-drive", "mum-only-drive"));
        CliRun sync = run(env, "photos", "sync");
        assertThat(sync.exit).as(sync.toString()).isZero();
        assertThat(files(dir.resolve("mum-only-photos/Photos"))).isPositive();
        CliRun drive = run(env, "drive", "sync");
        assertThat(drive.exit).as(drive.toString()).isZero();
        assertThat(dir.resolve("mum-only-drive/mum.txt")).hasContent("mum");
        assertThat(run(env, "status", "--offline").out).contains("Account:      " + MUM);
    }

    @Test
    void aSectionsPasswordOrServiceWideOptionIsRefusedByOneAccountCommandsToo() throws IOException {
        Map<String, String> env = env("bad", "[account mum@example.com]\npassword = secret\n");
        CliRun r = run(env, "status", "--offline");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: " + dir.resolve("bad.config")
                + " line 5: keep the password out of the config file; use password-file or password-command").doesNotContain("secret");
    }
}
