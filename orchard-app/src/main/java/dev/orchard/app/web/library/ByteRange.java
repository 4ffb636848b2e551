package dev.orchard.app.web.library;

/**
 * One range of a {@code Range: bytes=...} header against a file of {@code length} bytes. Several ranges are
 * answered with the whole file (allowed, and no browser needs more for media).
 */
record ByteRange(long start, long end) {
    /** Sentinel for a range that cannot be satisfied (416). */
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** Null: send the whole file. */
    static ByteRange parse(String header, long length) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) return null;
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) {
                if (b.isEmpty()) return null;
                long n = Long.parseLong(b);
                if (n <= 0 || length == 0) return UNSATISFIABLE;
                return new ByteRange(Math.max(0, length - n), length - 1);
            }
            long start = Long.parseLong(a);
            long end = b.isEmpty() ? length - 1 : Math.min(Long.parseLong(b), length - 1);
            if (start < 0 || start >= length || end < start) return UNSATISFIABLE;
            return new ByteRange(start, end);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    long length() {
        return end - start + 1;
    }
}
