package dev.orchard.photos.testing;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.photos.library.Asset;
import dev.orchard.fake.photos.library.ContentSizes;
import dev.orchard.fake.photos.library.ResourceRole;
import dev.orchard.icloud.auth.ICloudSession;
import dev.orchard.icloud.testing.FakeSessions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fake iCloud with small files, a signed-in session and a temp folder, for the many tries of a property test. */
public record SmallFake(FakeICloud fake, ICloudSession session, Path root) implements AutoCloseable {

    public static SmallFake start(String prefix) throws IOException {
        FakeICloud fake = FakeICloud.start(FakeConfig.defaults());
        fake.photos().settings().contentSizes(new ContentSizes(1_500, 3_000));
        Path root = Files.createTempDirectory(prefix);
        return new SmallFake(fake, FakeSessions.open(fake, root.resolve("state"), d -> { }), root);
    }

    @Override
    public void close() throws IOException {
        session.close();
        fake.close();
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Checksums of the files a library keeps of an asset, from the fake's model: original parts and the rendered edit. */
    public static List<String> files(Asset a) {
        List<String> out = new ArrayList<>();
        for (ResourceRole role : List.of(ResourceRole.ORIGINAL, ResourceRole.ORIGINAL_ALT, ResourceRole.ORIGINAL_VID_COMPL)) {
            var r = a.master().resources().get(role);
            if (r != null) out.add(r.checksum().base64());
        }
        if (a.edit() != null && a.edit().rendered() != null) out.add(a.edit().rendered().checksum().base64());
        return out;
    }
}
