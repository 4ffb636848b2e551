package dev.orchard.photos.download;

import dev.orchard.icloud.http.StreamingResponse;
import dev.orchard.icloud.photos.model.FileChecksum;
import dev.orchard.icloud.photos.model.Resource;
import dev.orchard.icloud.photos.model.ResourceRole;
import dev.orchard.photos.fs.LibraryPaths;
import dev.orchard.localfiles.Trash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes quarantined for failing verification go once a clean copy of the same file is verified. */
class QuarantineReleaseTest {
    @TempDir
    Path dir;
    final byte[] content = "the real photo bytes".getBytes(StandardCharsets.UTF_8);
    final AtomicBoolean corrupt = new AtomicBoolean(true);

    private FileFetcher fetcher() {
        LibraryPaths paths = new LibraryPaths(dir);
        CdnClient cdn = (url, from) -> {
            byte[] body = content.clone();
            if (corrupt.get()) body[0] ^= 0x55;
            return new StreamingResponse(URI.create(url), 200, HttpHeaders.of(Map.of(), (a, b) -> true), new ByteArrayInputStream(body));
        };
        return new FileFetcher(cdn, paths, new UrlRefresher(null, z -> null, i -> List.of()), paths.trash(Clock.systemUTC()),
                d -> { }, DownloadHooks.NONE, StallWatchdog.manual(Duration.ofSeconds(60), () -> 0));
    }

    private DownloadItem item(String path) {
        return new DownloadItem("PrimarySync", "ASSET-" + path, "MASTER",
                new Resource(ResourceRole.ORIGINAL, FileChecksum.of(content), content.length, "public.jpeg", "https://cdn.example/B/x"),
                path, 1_700_000_000_000L);
    }

    @Test
    void aVerifiedDownloadRemovesTheQuarantinedCopiesOfThatFileOnly() throws Exception {
        FileFetcher f = fetcher();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> f.fetch(item("Photos/2024/01/A.JPG"), n -> { })).isInstanceOf(Quarantined.class);
        }
        assertThatThrownBy(() -> f.fetch(item("Photos/2024/01/B.JPG"), n -> { })).isInstanceOf(Quarantined.class);
        Path q = dir.resolve(".orchard-quarantine/Photos/2024/01");
        assertThat(q.resolve("A.JPG")).exists();
        assertThat(q.resolve("A.JPG.2")).exists();

        corrupt.set(false);
        assertThat(f.fetch(item("Photos/2024/01/A.JPG"), n -> { }).verified()).isTrue();

        assertThat(q.resolve("A.JPG")).doesNotExist();
        assertThat(q.resolve("A.JPG.2")).doesNotExist();
        assertThat(q.resolve("B.JPG")).exists();
        assertThat(Files.readAllBytes(dir.resolve("Photos/2024/01/A.JPG"))).isEqualTo(content);
    }

    @Test
    void adoptingAVerifiedFileAlreadyInPlaceAlsoReleasesIt() throws Exception {
        FileFetcher f = fetcher();
        assertThatThrownBy(() -> f.fetch(item("Photos/2024/01/A.JPG"), n -> { })).isInstanceOf(Quarantined.class);
        Files.createDirectories(dir.resolve("Photos/2024/01"));
        Files.write(dir.resolve("Photos/2024/01/A.JPG"), content);

        FileFetcher.Outcome o = f.fetch(item("Photos/2024/01/A.JPG"), n -> { });

        assertThat(o.adopted()).isTrue();
        assertThat(dir.resolve(".orchard-quarantine")).isEmptyDirectory();
    }
}
