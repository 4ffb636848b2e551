package dev.orchard.fake.photos.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Apple's {@code fileChecksum}: 0x01 ‖ SHA-1(salt ‖ bytes), docs/protocol/photos.md §5. */
public final class FileChecksums {
    private static final byte[] SALT = "com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0"
            .getBytes(StandardCharsets.US_ASCII);

    private FileChecksums() {
    }

    public static Checksum of(byte[] data) {
        MessageDigest md = salted();
        md.update(data);
        return Checksum.ofDigest(md.digest());
    }

    public static Checksum of(Blob blob) {
        MessageDigest md = salted();
        try {
            blob.write(new OutputStream() {
                @Override
                public void write(int b) {
                    md.update((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    md.update(b, off, len);
                }
            }, 0, blob.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Checksum.ofDigest(md.digest());
    }

    private static MessageDigest salted() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            md.update(SALT);
            return md;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
