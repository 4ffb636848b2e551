package dev.orchard.fake.photos;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.cli.FakeICloudCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotosOptionsTest {
    static FakeICloudCommand parse(String... args) {
        FakeICloudCommand cmd = new FakeICloudCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void generatesTheLibraryAndSetsTheKnobs() {
        FakeICloudCommand cmd = parse("--port", "0", "--proxy-port", "-1", "--assets", "40", "--seed", "7",
                "--photo-size", "4k", "--url-ttl", "120", "--indexing", "RUNNING:30", "--lenient-change-tags",
                "--no-shared-library");
        try (FakeICloud fake = FakeICloud.start(cmd.config())) {
            assertThat(fake.photos().library().primary().assets()).hasSize(40);
            assertThat(fake.photos().library().sharedZone()).isNull();
            assertThat(fake.photos().library().seed()).isEqualTo(7);
            assertThat(fake.photos().settings().urlTtl().toSeconds()).isEqualTo(120);
            assertThat(fake.photos().settings().indexingState()).isEqualTo("RUNNING");
            assertThat(fake.photos().settings().indexingProgress()).isEqualTo(30);
            assertThat(fake.photos().settings().strictChangeTags()).isFalse();
        }
    }

    @Test
    void changeTagsAreStrictUnlessToldOtherwise() {
        try (FakeICloud fake = FakeICloud.start(parse("--port", "0", "--proxy-port", "-1").config())) {
            assertThat(fake.photos().settings().strictChangeTags()).isTrue();
        }
    }

    @Test
    void badValuesAreOneClearLine() {
        assertThatThrownBy(() -> parse("--photo-size", "big").config()).hasMessage("not a size in bytes: 'big' (use e.g. 24k, 3M or 1048576)");
        assertThatThrownBy(() -> parse("--indexing", "RUNNING:lots").config())
                .hasMessage("--indexing takes STATE or STATE:PROGRESS (0-100), got RUNNING:lots");
        assertThatThrownBy(() -> parse("--shared-zone-listing", "nowhere").config()).hasMessageStartingWith("unknown shared-zone listing");
        assertThatThrownBy(() -> parse("--assets", "3", "--photos-spec", "x.json").config()).hasMessage("use either --assets or --photos-spec, not both");
    }
}
