package dev.orchard.fake.photos.cdn;

/** A single {@code Range: bytes=...} request resolved against a file size: [from, to) or unsatisfiable. */
record ByteRange(long from, long to) {
    static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    /** Null when there is no usable range (absent, malformed, or several ranges): the whole file is served. */
    static ByteRange parse(String header, long size) {
        if (header == null) return null;
        String h = header.trim();
        if (!h.startsWith("bytes=") || h.contains(",")) return null;
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                if (b.isEmpty()) return null;
                long suffix = Long.parseLong(b);
                if (suffix <= 0) return UNSATISFIABLE;
                return new ByteRange(Math.max(0, size - suffix), size);
            }
            long from = Long.parseLong(a);
            if (from >= size) return UNSATISFIABLE;
            long last = b.isEmpty() ? size - 1 : Long.parseLong(b);
            if (from < 0 || last < from) return null;
            return new ByteRange(from, Math.min(last, size - 1) + 1);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean satisfiable() {
        return from >= 0;
    }
}
