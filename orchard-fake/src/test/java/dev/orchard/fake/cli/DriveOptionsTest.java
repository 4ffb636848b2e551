package dev.orchard.fake.cli;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.drive.RemoteDrive;
import dev.orchard.fake.drive.tree.EtagPropagation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriveOptionsTest {
    private static FakeICloudCommand parse(String... args) {
        FakeICloudCommand command = new FakeICloudCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void generatesAReproducibleTreeAndSetsTheKnobs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("seeded.txt"), "from disk");
        FakeICloudCommand command = parse("--port", "0", "--proxy-port", "-1", "--seed", "3", "--drive-files", "120",
                "--drive-folders", "12", "--drive-max-file-size", "2048", "--drive-seed-dir", dir.toString(),
                "--drive-etag-propagation", "ancestors", "--drive-nfd-names", "--drive-setting", "listingLag=2",
                "--drive-setting", "autoRenamePattern={name} ({n}){ext}");
        try (FakeICloud fake = FakeICloud.start(command.config())) {
            RemoteDrive remote = fake.drive().account();
            List<RemoteDrive.Entry> entries = remote.list();
            assertThat(entries.stream().filter(e -> e.type().equals("FILE")).count()).isEqualTo(121);
            assertThat(entries.stream().filter(e -> e.type().equals("FOLDER")).count()).isEqualTo(12);
            assertThat(remote.read("seeded.txt")).asString().isEqualTo("from disk");
            assertThat(fake.drive().settings().tree().etagPropagation()).isEqualTo(EtagPropagation.ANCESTORS);
            assertThat(fake.drive().settings().nfdNames()).isTrue();
            assertThat(fake.drive().settings().listingLag()).isEqualTo(2);
            assertThat(fake.drive().settings().tree().autoRenamePattern()).isEqualTo("{name} ({n}){ext}");
        }
    }

    @Test
    void badValuesFailBeforeStartingWithOneLine() {
        assertThatThrownBy(() -> parse("--drive-name-clash", "sometimes").config())
                .hasMessage("unknown name clash policy 'sometimes' (expected auto-rename or reject)");
        assertThatThrownBy(() -> parse("--drive-setting", "listingLag").config()).hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> parse("--drive-setting", "colour=blue").config()).hasMessageStartingWith("unknown drive setting 'colour'");
        assertThatThrownBy(() -> parse("--drive-seed-dir", "/no/such/dir").config()).hasMessageContaining("not a directory");
    }

    @Test
    void helpListsTheDriveOptions() {
        StringWriter out = new StringWriter();
        new CommandLine(new FakeICloudCommand()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(out.toString()).contains("--drive-files", "--drive-seed-dir", "--drive-etag-propagation", "--drive-listing-lag");
    }
}
