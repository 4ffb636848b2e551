package dev.orchard.photos.options;

import dev.orchard.photos.layout.NameSanitizer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an original goes below its library root, e.g. {@code {yyyy}/{mm}/{name}}: folders from the capture
 * date (the photo's local time), then the file name. Placeholders: {@code {yyyy} {mm} {dd} {name}}; the
 * last segment must be exactly {@code {name}}.
 */
public final class PathTemplate {
    public static final String DEFAULT = "{yyyy}/{mm}/{name}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final String text;
    private final List<String> folders;

    private PathTemplate(String text, List<String> folders) {
        this.text = text;
        this.folders = folders;
    }

    /** @throws IllegalArgumentException with a one-line explanation of what is accepted */
    public static PathTemplate parse(String text) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.split("/", -1);
        if (t.isEmpty() || !parts[parts.length - 1].equals("{name}")) {
            throw new IllegalArgumentException("layout must end with /{name} (or be just {name}), e.g. " + DEFAULT + "; got '" + text + "'");
        }
        List<String> folders = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.equals(".") || p.equals("..")) {
                throw new IllegalArgumentException("layout folders must be names, not '" + p + "' (in '" + text + "')");
            }
            Matcher m = PLACEHOLDER.matcher(p);
            while (m.find()) {
                String name = m.group(1);
                if (!name.equals("yyyy") && !name.equals("mm") && !name.equals("dd")) {
                    throw new IllegalArgumentException("unknown layout placeholder {" + name + "} (use {yyyy}, {mm}, {dd}, {name})");
                }
            }
            folders.add(p);
        }
        return new PathTemplate(t, List.copyOf(folders));
    }

    public String text() {
        return text;
    }

    /** The folder (relative, '/'-separated, possibly empty) for a capture at {@code assetDateMillis}. */
    public String folder(long assetDateMillis, int timeZoneOffsetSeconds) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(assetDateMillis).plusSeconds(timeZoneOffsetSeconds),
                ZoneOffset.UTC);
        StringBuilder b = new StringBuilder();
        for (String f : folders) {
            String v = f.replace("{yyyy}", String.format("%04d", local.getYear()))
                    .replace("{mm}", String.format("%02d", local.getMonthValue()))
                    .replace("{dd}", String.format("%02d", local.getDayOfMonth()));
            if (!b.isEmpty()) b.append('/');
            b.append(NameSanitizer.component(v, NameSanitizer.MAX_COMPONENT_BYTES, "_"));
        }
        return b.toString();
    }
}
