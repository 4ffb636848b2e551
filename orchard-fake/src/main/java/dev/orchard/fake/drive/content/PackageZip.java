package dev.orchard.fake.drive.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP that stands for a package item ({@code .pages}, {@code .key}, ...): what docws serves behind a
 * {@code package_token}, and what the item's size counts.
 */
public final class PackageZip {
    private PackageZip() {
    }

    /** Zips {@code files} (relative path to bytes) in path order. */
    public static BlobStore.ContentWriter of(Map<String, byte[]> files) {
        Map<String, byte[]> sorted = new TreeMap<>(files);
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
            for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        };
    }

    /** Zips the files below {@code dir}, named relative to it with '/' separators. */
    public static BlobStore.ContentWriter ofDirectory(Path dir) {
        return out -> {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
            zip.finish();
        };
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
