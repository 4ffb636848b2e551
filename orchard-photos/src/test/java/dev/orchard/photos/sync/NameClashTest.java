package dev.orchard.photos.sync;

import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameClashTest extends FakeLibraryTest {
    static final String SPEC = """
            {"seed": 11, "assets": [
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-03T10:00:00Z"},
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-01T10:00:00Z"},
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-05-02T10:00:00Z"},
               {"kind": "photo", "filename": "IMG_0001.JPG", "date": "2024-06-02T10:00:00Z"}
             ]}""";

    @Test
    void theOldestTakesThePlainNameAndTheOthersTheStartOfTheirIdAndNoNameShiftsLater() throws Exception {
        load(SPEC);
        sync();
        Map<String, String> files = LocalTree.files(library, "Photos");
        assertThat(files).hasSize(4).containsKey("Photos/2024/06/IMG_0001.JPG");
        assertThat(Files.getLastModifiedTime(library.resolve("Photos/2024/05/IMG_0001.JPG")).toInstant())
                .as("the oldest of the month").isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        List<String> suffixed = files.keySet().stream().filter(p -> !p.endsWith("/IMG_0001.JPG")).toList();
        assertThat(suffixed).hasSize(2).allMatch(p -> p.matches("Photos/2024/05/IMG_0001_[A-Za-z0-9]{8}\\.JPG"));

        // Another selection plans every asset again: each keeps the name it has.
        sync(b -> b.includeHidden(true));
        assertThat(LocalTree.files(library, "Photos")).isEqualTo(files);
    }
}
