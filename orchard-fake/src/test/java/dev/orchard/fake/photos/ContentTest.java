package dev.orchard.fake.photos;

import dev.orchard.fake.photos.content.Blob;
import dev.orchard.fake.photos.content.Checksum;
import dev.orchard.fake.photos.content.ContentFormat;
import dev.orchard.fake.photos.content.FileChecksums;
import dev.orchard.fake.photos.content.SyntheticContent;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTest {
    @Test
    void fileChecksumFollowsApplesSaltedSha1() {
        // Computed outside Java: sha1("com.apple.XattrObjectSalt\0com.apple.DataObjectSalt\0hello world"), 0x01 prefix, base64.
        Checksum c = FileChecksums.of("hello world".getBytes(StandardCharsets.US_ASCII));
        assertThat(c.base64()).isEqualTo("AfmD7UtOGIItmXHUm5CO1yik4vxv");
        assertThat(c.base64Url()).isEqualTo("AfmD7UtOGIItmXHUm5CO1yik4vxv");
        assertThat(Checksum.parse(c.base64())).isEqualTo(c);
        assertThat(c.bytes()).hasSize(21).startsWith((byte) 1);
    }

    @Test
    void checksumsRoundTripThroughUrlSafeBase64() {
        Checksum c = FileChecksums.of(new byte[] {1, 2, 3});
        assertThat(Checksum.parse(c.base64Url())).isEqualTo(c);
        assertThat(Checksum.parse("not a checksum")).isNull();
    }

    @Test
    void jpegsDecodeAndHaveTheRequestedSize() throws IOException {
        for (long size : new long[] {0, 5_000, 70_000, 200_000}) {
            byte[] bytes = bytes(SyntheticContent.blob(ContentFormat.JPEG, size, 42, 160, 120));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(img).as("decodes at %d bytes", size).isNotNull();
            assertThat(img.getWidth()).isEqualTo(160);
            if (size > 10_000) assertThat(bytes.length).isEqualTo((int) size);
        }
    }

    @Test
    void pngsDecodeAndHaveTheRequestedSize() throws IOException {
        for (long size : new long[] {0, 9_000, 120_000}) {
            byte[] bytes = bytes(SyntheticContent.blob(ContentFormat.PNG, size, 5, 64, 48));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(img).as("decodes at %d bytes", size).isNotNull();
            assertThat(img.getHeight()).isEqualTo(48);
            if (size > 10_000) assertThat(bytes.length).isEqualTo((int) size);
        }
    }

    @Test
    void containersCarryTheirHeaders() throws IOException {
        byte[] heic = bytes(SyntheticContent.blob(ContentFormat.HEIC, 10_000, 1, 160, 120));
        assertThat(new String(heic, 4, 8, StandardCharsets.US_ASCII)).isEqualTo("ftypheic");
        byte[] mov = bytes(SyntheticContent.blob(ContentFormat.MOV, 10_000, 1, 160, 120));
        assertThat(new String(mov, 4, 8, StandardCharsets.US_ASCII)).isEqualTo("ftypqt  ");
        byte[] dng = bytes(SyntheticContent.blob(ContentFormat.DNG, 10_000, 1, 160, 120));
        assertThat(Arrays.copyOf(dng, 4)).containsExactly('I', 'I', '*', 0);
        assertThat(heic).hasSize(10_000);
    }

    @Test
    void bytesAreReproducibleAndAnyRangeMatchesTheWhole() throws IOException {
        Blob a = SyntheticContent.blob(ContentFormat.JPEG, 150_000, 9, 160, 120);
        byte[] whole = bytes(a);
        assertThat(bytes(SyntheticContent.blob(ContentFormat.JPEG, 150_000, 9, 160, 120))).isEqualTo(whole);
        assertThat(bytes(SyntheticContent.blob(ContentFormat.JPEG, 150_000, 10, 160, 120))).isNotEqualTo(whole);
        for (long[] r : new long[][] {{0, 1}, {3, 70_000}, {65_530, 65_550}, {149_990, 150_000}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            a.write(out, r[0], r[1]);
            assertThat(out.toByteArray()).isEqualTo(Arrays.copyOfRange(whole, (int) r[0], (int) r[1]));
        }
        assertThat(FileChecksums.of(a)).isEqualTo(FileChecksums.of(whole));
    }

    static byte[] bytes(Blob b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.write(out, 0, b.length());
        return out.toByteArray();
    }
}
