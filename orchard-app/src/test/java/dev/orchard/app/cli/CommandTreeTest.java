package dev.orchard.app.cli;

import dev.orchard.app.command.AppContext;
import dev.orchard.app.config.ConfigSources;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandTreeTest {
    private static OrchardCommand root() {
        Map<String, String> env = Map.of("ORCHARD_CONFIG", "/dev/null", "ORCHARD_ENV_FILE", "/dev/null");
        return new OrchardCommand(new AppContext(env, ConfigSources.load(env, Path.of(".")), null, Clock.systemUTC()));
    }

    private static CommandLine tree(String... args) {
        return CommandTree.forArgs(root(), args);
    }

    @Test
    void aNamedCommandGetsOnlyItsOwnModelAndItsParents() {
        CommandLine cli = tree("--log-level", "debug", "photos", "-v", "sync", "--photos-dir", "run");
        assertThat(cli.getSubcommands()).containsOnlyKeys("photos");
        CommandLine photos = cli.getSubcommands().get("photos");
        assertThat(photos.getSubcommands()).containsOnlyKeys("sync");
        CommandLine sync = photos.getSubcommands().get("sync");
        assertThat(sync.getCommandSpec().findOption("--log-level")).as("inherited from the root").isNotNull();
        CommandLine.ParseResult parsed = cli.parseArgs("--log-level", "debug", "photos", "-v", "sync", "--photos-dir", "run");
        assertThat(parsed.subcommand().subcommand().matchedOptionValue("--photos-dir", (Object) null)).hasToString("run");
    }

    @Test
    void anOptionValueThatLooksLikeACommandIsSkipped() {
        CommandLine cli = tree("--log-file", "photos", "--log-format=json", "drive", "status");
        assertThat(cli.getSubcommands()).containsOnlyKeys("drive");
        assertThat(cli.getSubcommands().get("drive").getSubcommands()).containsOnlyKeys("status");
    }

    @Test
    void helpTyposAndWhatTheWalkCannotReadGetTheWholeTree() {
        CommandLine full = CommandTree.full(root());
        for (String[] args : new String[][] {{}, {"--help"}, {"phtos"}, {"-vV"}, {"--", "photos"}, {"--unknown", "photos"}}) {
            assertThat(tree(args).getSubcommands()).as(String.join(" ", args)).containsOnlyKeys(full.getSubcommands().keySet());
        }
        assertThat(tree("photos", "--help").getSubcommands().get("photos").getSubcommands())
                .containsOnlyKeys(full.getSubcommands().get("photos").getSubcommands().keySet());
        assertThat(full.getSubcommands()).containsKeys("login", "run", "photos", "drive", "fake-icloud");
        assertThat(full.getSubcommands().get("photos").getSubcommands()).containsKeys("sync", "verify", "archive");
    }
}
