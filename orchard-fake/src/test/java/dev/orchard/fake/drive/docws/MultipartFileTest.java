package dev.orchard.fake.drive.docws;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartFileTest {
    private static byte[] form(String boundary, byte[] file) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("preamble\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nfield\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    /** Hands out at most {@code step} bytes per read, so boundaries straddle reads. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void findsTheFilePartWhateverTheReadSizes() throws Exception {
        byte[] file = new byte[150_000];
        new Random(5).nextBytes(file);
        byte[] body = form("XyZ", file);
        for (int step : new int[] {1, 7, 4096, 65_536, 1 << 20}) {
            byte[] input = step == 1 ? form("XyZ", "\r\n--XyY near miss\r\n-".getBytes(StandardCharsets.ISO_8859_1)) : body;
            byte[] expected = step == 1 ? "\r\n--XyY near miss\r\n-".getBytes(StandardCharsets.ISO_8859_1) : file;
            try (InputStream part = MultipartFile.firstFile(trickle(input, step), "XyZ")) {
                assertThat(part.readAllBytes()).as("step " + step).isEqualTo(expected);
            }
        }
    }

    @Test
    void readsTheBoundaryFromTheContentType() {
        assertThat(MultipartFile.boundary("multipart/form-data; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartFile.boundary("multipart/form-data;boundary=----x")).isEqualTo("----x");
        assertThat(MultipartFile.boundary("application/octet-stream")).isNull();
    }

    @Test
    void truncatedBodiesFail() {
        byte[] body = form("b", new byte[100]);
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 10);
        assertThatThrownBy(() -> MultipartFile.firstFile(new ByteArrayInputStream(cut), "b").readAllBytes())
                .isInstanceOf(IOException.class).hasMessageContaining("closing boundary");
    }
}
