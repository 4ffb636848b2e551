package dev.orchard.fake.drive.docws;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Streams the first file part of a multipart/form-data body (what pyicloud and idrive-cli POST to the
 * upload URL) without holding the body in memory.
 */
final class MultipartFile {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final String delimiter;
    private final byte[] closing;
    private final byte[] buf;
    private int start;
    private int end;
    // Positions before this one were already ruled out as the start of a closing delimiter.
    private int scanned;
    private boolean eof;

    private MultipartFile(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = "--" + boundary;
        this.closing = ("\r\n" + delimiter).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[CHUNK + closing.length];
    }

    /** The boundary named by a multipart Content-Type, or null when the type is not multipart. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) return null;
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length());
                return b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
            }
        }
        return null;
    }

    /** The content of the first part that carries a filename (or, failing that, the first part). */
    static InputStream firstFile(InputStream body, String boundary) throws IOException {
        MultipartFile m = new MultipartFile(body, boundary);
        String line;
        do {
            line = m.readLine();
            if (line == null) throw new IOException("multipart body has no part");
        } while (!line.stripTrailing().equals(m.delimiter));
        while (true) {
            boolean file = false;
            for (String header = m.readLine(); header != null && !header.isEmpty(); header = m.readLine()) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-disposition:") && header.contains("filename=")) file = true;
            }
            InputStream part = m.part();
            if (file) return part;
            part.transferTo(OutputStream.nullOutputStream());
            String rest = m.readLine();
            if (rest == null || rest.startsWith("--")) throw new IOException("multipart body has no file part");
        }
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (start == end && !fill()) return sb.isEmpty() ? null : sb.toString();
            byte b = buf[start++];
            if (b == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) (b & 0xff));
            if (sb.length() > 16 * 1024) throw new IOException("multipart header line too long");
        }
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            scanned = Math.max(0, scanned - start);
            start = 0;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    private int indexOfClosing() {
        int from = Math.max(start, scanned);
        outer:
        for (int i = from; i <= end - closing.length; i++) {
            for (int k = 0; k < closing.length; k++) {
                if (buf[i + k] != closing[k]) continue outer;
            }
            return i;
        }
        scanned = Math.max(from, end - closing.length + 1);
        return -1;
    }

    /** The bytes up to the next CRLF + delimiter; afterwards the reader stands just past the delimiter. */
    private InputStream part() {
        return new InputStream() {
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (done) return -1;
                while (true) {
                    int at = indexOfClosing();
                    if (at >= 0) {
                        if (at == start) {
                            start += closing.length;
                            done = true;
                            return -1;
                        }
                        return copy(b, off, Math.min(len, at - start));
                    }
                    int safe = end - start - (closing.length - 1);
                    if (safe > 0 && (end == buf.length || eof)) return copy(b, off, Math.min(len, safe));
                    if (!fill()) {
                        if (safe > 0) return copy(b, off, Math.min(len, safe));
                        throw new IOException("multipart body ended before its closing boundary");
                    }
                }
            }

            private int copy(byte[] b, int off, int n) {
                System.arraycopy(buf, start, b, off, n);
                start += n;
                return n;
            }
        };
    }
}
