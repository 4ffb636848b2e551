package dev.orchard.fake.http;

/**
 * A single {@code Range: bytes=...} request resolved against a length: {@code a-b}, {@code a-} or {@code -n},
 * as inclusive {@code first..last}. Multi-range and malformed requests (including {@code b < a}) are ignored
 * and answered whole, which HTTP allows; a start past the end is {@link #UNSATISFIABLE} (416).
 */
public record ByteRange(long first, long last) {
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** Null when there is no usable single range (the whole body is served). */
    public static ByteRange parse(String header, long length) {
        if (header == null) return null;
        String h = header.trim();
        if (!h.startsWith("bytes=") || h.contains(",")) return null;
        String spec = h.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                if (b.isEmpty()) return null;
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || length == 0) return UNSATISFIABLE;
                return new ByteRange(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(a);
            if (first < 0) return null;
            if (first >= length) return UNSATISFIABLE;
            long last = b.isEmpty() ? length - 1 : Long.parseLong(b);
            if (last < first) return null;
            return new ByteRange(first, Math.min(last, length - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public long length() {
        return last - first + 1;
    }
}
