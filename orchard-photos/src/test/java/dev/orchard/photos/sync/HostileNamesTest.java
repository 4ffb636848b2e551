package dev.orchard.photos.sync;

import dev.orchard.photos.report.SyncReport;
import dev.orchard.photos.testing.FakeLibraryTest;
import dev.orchard.photos.testing.LocalTree;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HostileNamesTest extends FakeLibraryTest {
    @Test
    void namesFromICloudNeverEscapeTheLibraryOrCollide() throws IOException {
        String longName = "x".repeat(300) + ".JPG";
        load("""
                {"seed": 11, "sharedLibrary": false, "albums": [
                   {"key": "dots", "name": ".."}, {"key": "slash", "name": "../../etc"}, {"key": "ctl", "name": "bad\\u0007name"},
                   {"key": "dup1", "name": "Same"}, {"key": "dup2", "name": "Same"}],
                 "assets": [
                   {"filename": "../x.jpg", "date": "2024-01-01T00:00:00Z", "albums": ["dots", "slash"]},
                   {"filename": "a/b/c.jpg", "date": "2024-01-01T00:00:00Z", "albums": ["ctl"]},
                   {"filename": "ctl\\u0001\\u001b[31m.jpg", "date": "2024-01-01T00:00:00Z"},
                   {"filename": "%s", "date": "2024-01-01T00:00:00Z"},
                   {"filename": "..", "date": "2024-01-01T00:00:00Z"},
                   {"filename": "", "date": "2024-01-01T00:00:00Z"},
                   {"filename": "日本語の写真.HEIC", "format": "heic", "date": "2024-01-01T00:00:00Z"},
                   {"filename": "IMG_0001.JPG", "date": "2024-01-01T00:00:00Z", "albums": ["dup1", "dup2"]},
                   {"filename": "IMG_0001.JPG", "date": "2024-01-02T00:00:00Z", "albums": ["dup1"]},
                   {"filename": "img_0001.jpg", "date": "2024-01-03T00:00:00Z"},
                   {"filename": "\\u202egnp.exe.jpg", "date": "2024-01-01T00:00:00Z"}
                 ]}""".formatted(longName));
        SyncReport r = sync();
        assertThat(r.failed()).isEmpty();
        Map<String, String> files = LocalTree.files(library, "Photos");
        assertThat(files).hasSize(11);
        assertThat(files.values()).doesNotHaveDuplicates();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> dir.relativize(p).toString())).allMatch(p -> p.startsWith("library") || p.startsWith("state")
                    || p.isEmpty());
        }
        for (String p : files.keySet()) {
            for (String part : p.split("/")) {
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
                assertThat(part).isNotIn(".", "..").doesNotStartWith(".").isNotBlank();
                assertThat(part.chars()).noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e);
            }
        }
        assertThat(files).containsKeys("Photos/2024/01/___x.jpg", "Photos/2024/01/a_b_c.jpg", "Photos/2024/01/日本語の写真.HEIC",
                "Photos/2024/01/IMG_0001.JPG");
        assertThat(files.keySet()).filteredOn(p -> p.toLowerCase().startsWith("photos/2024/01/img_0001")).hasSize(3);
        Map<String, String> links = LocalTree.links(library, "Albums");
        assertThat(links.keySet()).allMatch(p -> p.startsWith("Albums/") && !p.contains("/../"));
        assertThat(links).containsKeys("Albums/__/___x.jpg", "Albums/___.._etc/___x.jpg", "Albums/bad_name/a_b_c.jpg");
        assertThat(links.keySet()).filteredOn(p -> p.startsWith("Albums/Same")).hasSize(3);
        assertThat(links.values()).allMatch(files::containsKey);
    }
}
