package dev.orchard.fake.drive.content;

import java.security.MessageDigest;
import java.util.HexFormat;

/** Computes the SHA-256 and the MMCS checksum of content in one pass. */
final class ContentDigests {
    record Result(String sha256, byte[] fileChecksum) {
    }

    private final MessageDigest sha256 = MmcsChecksum.digest("SHA-256");
    private final MessageDigest mmcs = MmcsChecksum.start();

    void update(byte[] b, int off, int len) {
        sha256.update(b, off, len);
        mmcs.update(b, off, len);
    }

    Result finish() {
        return new Result(HexFormat.of().formatHex(sha256.digest()), MmcsChecksum.finish(mmcs));
    }

    static Result of(byte[] content) {
        ContentDigests d = new ContentDigests();
        d.update(content, 0, content.length);
        return d.finish();
    }
}
