package dev.orchard.fake.drive.docws;

/**
 * A single {@code Range: bytes=...} request resolved against a length: {@code a-b}, {@code a-} or
 * {@code -n}. Multi-range requests are ignored (answered whole), which HTTP allows.
 */
record ByteRange(long first, long last) {
    /** Null when the header is absent or not a single byte range; {@link #UNSATISFIABLE} when out of bounds. */
    static ByteRange parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) return null;
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || length == 0) return UNSATISFIABLE;
                return new ByteRange(Math.max(0, length - suffix), length - 1);
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? length - 1 : Math.min(Long.parseLong(b), length - 1);
            if (first >= length || last < first) return UNSATISFIABLE;
            return new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    long length() {
        return last - first + 1;
    }
}
