package dev.orchard.fake.drive.content;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Where file contents live. Small contents stay in the heap up to a total cap; anything larger or beyond
 * the cap streams into files of a private temporary directory, removed on {@link #close()}.
 */
public final class BlobStore implements Closeable {
    /** Writes content to a stream (for contents produced rather than read, such as package zips). */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int inlineLimit;
    private final long memoryCap;
    private final AtomicLong memoryUsed = new AtomicLong();
    private final AtomicLong fileCounter = new AtomicLong();
    private Path dir;

    public BlobStore(int inlineLimit, long memoryCap) {
        this.inlineLimit = inlineLimit;
        this.memoryCap = memoryCap;
    }

    /** 256 KiB per blob and 64 MiB in total in the heap. */
    public static BlobStore withDefaults() {
        return new BlobStore(256 * 1024, 64L * 1024 * 1024);
    }

    /** Stores what {@code in} yields, reading it once without holding large content in memory. */
    public Blob put(InputStream in) throws IOException {
        byte[] head = in.readNBytes(inlineLimit + 1);
        if (head.length <= inlineLimit && reserveMemory(head.length)) return new MemoryBlob(head);
        return toFile(out -> {
            out.write(head);
            in.transferTo(out);
        });
    }

    public Blob of(byte[] bytes) {
        if (bytes.length <= inlineLimit && reserveMemory(bytes.length)) return new MemoryBlob(bytes.clone());
        try {
            return toFile(out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store content in the fake's temporary directory", e);
        }
    }

    /** Content of {@code size} bytes computed from {@code seed}: the same seed always gives the same bytes. */
    public Blob generated(long seed, long size) {
        if (size < 0) throw new IllegalArgumentException("a size must be >= 0, got " + size);
        return new GeneratedBlob(seed, size);
    }

    /** Stores what {@code writer} produces, in a file. */
    public Blob write(ContentWriter writer) throws IOException {
        return toFile(writer);
    }

    /** Bytes of content currently held in the heap. */
    public long memoryBytes() {
        return memoryUsed.get();
    }

    private boolean reserveMemory(long n) {
        while (true) {
            long used = memoryUsed.get();
            if (used + n > memoryCap) return false;
            if (memoryUsed.compareAndSet(used, used + n)) return true;
        }
    }

    private Blob toFile(ContentWriter writer) throws IOException {
        Path file = directory().resolve("blob-" + fileCounter.incrementAndGet());
        DigestingOutputStream out = new DigestingOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        try (out) {
            writer.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new FileBlob(file, out.count(), out.digests());
    }

    private synchronized Path directory() throws IOException {
        if (dir == null) dir = Files.createTempDirectory("orchard-fake-drive-");
        return dir;
    }

    @Override
    public synchronized void close() {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp directory is harmless; the fake is shutting down
        }
        dir = null;
    }

    private static final class DigestingOutputStream extends OutputStream {
        private final OutputStream out;
        private final ContentDigests digests = new ContentDigests();
        private long count;

        DigestingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digests.update(b, off, len);
            count += len;
        }

        long count() { return count; }
        ContentDigests.Result digests() { return digests.finish(); }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
