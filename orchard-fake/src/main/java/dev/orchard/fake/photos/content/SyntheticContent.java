package dev.orchard.fake.photos.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Builds the bytes of a resource from (format, size, seed, pixel size), always the same for the same inputs.
 * JPEGs and PNGs are real decodable images padded with comment segments or private chunks; HEIC, DNG and
 * movies are labelled blobs
 * with the right container header ({@code ftypheic}, TIFF, QuickTime {@code ftyp}) and seeded noise.
 */
public final class SyntheticContent {
    /** Largest size the box headers used here can describe. */
    public static final long MAX_SIZE = 0xFFFF_FFFFL;
    private static final int JPEG_SEGMENT = 65535 + 2;
    private static final long PNG_CHUNK = 64L * 1024 * 1024;
    private static final byte[] PNG_CHUNK_TYPE = {'o', 'r', 'F', 'k'};

    private SyntheticContent() {
    }

    public static Blob blob(ContentFormat format, long targetSize, long seed, int width, int height) {
        if (targetSize < 0 || targetSize > MAX_SIZE) {
            throw new IllegalArgumentException("resource size must be 0 to " + MAX_SIZE + " bytes, got " + targetSize);
        }
        byte[] label = ("orchard-fake-photos " + format.name().toLowerCase() + " " + Long.toHexString(seed) + " "
                + width + "x" + height + "\n").getBytes(StandardCharsets.US_ASCII);
        return switch (format) {
            case JPEG -> jpeg(targetSize, seed, width, height, label);
            case HEIC -> box(ftyp("heic", 0, "mif1", "heic"), "free", targetSize, seed, label);
            case MOV -> box(ftyp("qt  ", 0x20050300, "qt  "), "mdat", targetSize, seed, label);
            case MP4 -> box(ftyp("mp42", 0, "isom", "mp42"), "mdat", targetSize, seed, label);
            case PNG -> png(targetSize, seed, width, height, label);
            case DNG -> tiff(targetSize, seed, label);
        };
    }

    private static Blob jpeg(long targetSize, long seed, int width, int height, byte[] label) {
        byte[] base = BaseImages.jpeg(width, height, seed);
        int app0End = 2 + 2 + (((base[4] & 0xff) << 8) | (base[5] & 0xff));
        List<Blob.Piece> pieces = new ArrayList<>();
        pieces.add(Blob.Piece.of(slice(base, 0, app0End)));
        long insert = Math.max(targetSize - base.length, 4L + label.length);
        boolean first = true;
        while (insert > 0) {
            long seg = Math.min(insert, JPEG_SEGMENT);
            if (insert - seg > 0 && insert - seg < 4 + 1) seg -= 8;
            int payload = (int) seg - 4;
            pieces.add(Blob.Piece.of(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) ((payload + 2) >>> 8), (byte) (payload + 2)}));
            int noise = payload;
            if (first) {
                pieces.add(Blob.Piece.of(label));
                noise -= label.length;
                first = false;
            }
            if (noise > 0) pieces.add(Blob.Piece.noise(seed ^ insert, noise));
            insert -= seg;
        }
        pieces.add(Blob.Piece.of(slice(base, app0End, base.length)));
        return new Blob(pieces);
    }

    private static Blob box(byte[] ftyp, String type, long targetSize, long seed, byte[] label) {
        long boxSize = Math.max(targetSize - ftyp.length, 8L + label.length);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(ftyp);
        head.writeBytes(int32(boxSize));
        head.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(label);
        return new Blob(List.of(Blob.Piece.of(head.toByteArray()), Blob.Piece.noise(seed, boxSize - 8 - label.length)));
    }

    /** A real PNG with private ancillary chunks ({@code orFk}) after IHDR that decoders skip; CRCs are correct. */
    private static Blob png(long targetSize, long seed, int width, int height, byte[] label) {
        byte[] base = BaseImages.png(width, height, seed);
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        List<Blob.Piece> pieces = new ArrayList<>();
        pieces.add(Blob.Piece.of(slice(base, 0, ihdrEnd)));
        long insert = Math.max(targetSize - base.length, 12L + label.length);
        boolean first = true;
        while (insert > 0) {
            long chunk = Math.min(insert, PNG_CHUNK);
            if (insert - chunk > 0 && insert - chunk < 12) chunk -= 16;
            long data = chunk - 12;
            byte[] head = first ? label : new byte[0];
            Blob.Piece noise = Blob.Piece.noise(seed ^ insert, data - head.length);
            pieces.add(Blob.Piece.of(int32(data)));
            pieces.add(Blob.Piece.of(PNG_CHUNK_TYPE));
            if (head.length > 0) pieces.add(Blob.Piece.of(head));
            pieces.add(noise);
            pieces.add(Blob.Piece.of(int32(crc(head, noise))));
            first = false;
            insert -= chunk;
        }
        pieces.add(Blob.Piece.of(slice(base, ihdrEnd, base.length)));
        return new Blob(pieces);
    }

    private static long crc(byte[] head, Blob.Piece noise) {
        CRC32 crc = new CRC32();
        crc.update(PNG_CHUNK_TYPE);
        crc.update(head);
        Blob b = new Blob(List.of(noise));
        try {
            b.write(new java.io.OutputStream() {
                @Override
                public void write(int x) {
                    crc.update(x);
                }

                @Override
                public void write(byte[] buf, int off, int len) {
                    crc.update(buf, off, len);
                }
            }, 0, b.length());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return crc.getValue();
    }

    private static Blob tiff(long targetSize, long seed, byte[] label) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0});
        head.writeBytes(label);
        long noise = Math.max(0, targetSize - head.size());
        return new Blob(List.of(Blob.Piece.of(head.toByteArray()), Blob.Piece.noise(seed, noise)));
    }

    private static byte[] ftyp(String major, int minor, String... compatible) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(int32(16 + 4L * compatible.length));
        b.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(major.getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(int32(minor & 0xffffffffL));
        for (String c : compatible) b.writeBytes(c.getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    private static byte[] int32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] s = new byte[to - from];
        System.arraycopy(b, from, s, 0, s.length);
        return s;
    }
}
