package dev.orchard.photos.adopt;

import dev.orchard.photos.download.FileFetcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Trees laid out the way the peers write them (docs/protocol/photos.md §11), filled with the files of a library Orchard
 * synced: icloudpd's date folders, {@code -adjusted} edits, {@code _HEVC.MOV} Live Photo videos and size-suffixed
 * duplicates of a name; icloud-photos-sync's {@code _All-Photos/<base64url checksum>.<ext>} with album links.
 */
final class PeerTrees {
    private PeerTrees() {
    }

    /** The reference library's files (originals, edits, Live Photo videos), by path. */
    static List<Path> files(Path library) {
        List<Path> out = new ArrayList<>();
        for (String sub : List.of("Photos", "Shared Library")) {
            Path d = library.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static void icloudpd(Path library, Path tree) throws IOException {
        for (Path f : files(library)) {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(Files.getLastModifiedTime(f).toMillis()), ZoneOffset.UTC);
            Path folder = tree.resolve(String.format(Locale.ROOT, "%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
            String name = f.getFileName().toString().replace("-edited.", "-adjusted.").replace("-alt.", "-alternative.");
            if (name.endsWith(".MOV") && Files.exists(f.resolveSibling(name.replace(".MOV", ".HEIC")))) {
                name = name.replace(".MOV", "_HEVC.MOV");
            }
            Files.createDirectories(folder);
            Path to = folder.resolve(name);
            if (Files.exists(to)) to = folder.resolve(name.replaceFirst("\\.([^.]+)$", "-" + Files.size(f) + ".$1"));
            Files.copy(f, to);
            Files.setLastModifiedTime(to, Files.getLastModifiedTime(f));
        }
    }

    static void icloudPhotosSync(Path library, Path tree, String album) throws IOException {
        Path all = Files.createDirectories(tree.resolve("_All-Photos"));
        Path albumDir = Files.createDirectories(tree.resolve(".6E3C1A2B-0000-4000-8000-000000000001"));
        for (Path f : files(library)) {
            String name = f.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String id = FileFetcher.checksum(f).replace('+', '-').replace('/', '_');
            Path to = all.resolve(id + "." + ext);
            if (Files.exists(to)) continue;
            Files.copy(f, to);
            Files.createSymbolicLink(albumDir.resolve(name), Path.of("../_All-Photos").resolve(to.getFileName()));
        }
        Files.createSymbolicLink(tree.resolve(album), Path.of(albumDir.getFileName().toString()));
        Files.writeString(tree.resolve(".icloud-photos-sync"), "{\"libraryVersion\":1}");
    }
}
