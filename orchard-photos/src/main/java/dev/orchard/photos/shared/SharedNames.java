package dev.orchard.photos.shared;

import dev.orchard.icloud.sharedstreams.StreamItem;
import dev.orchard.photos.layout.NameSanitizer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Predicate;

/** Folder and file names under {@code Shared Albums/}: made safe like every other name, never clashing. */
final class SharedNames {
    static final String ROOT = "Shared Albums";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss").withZone(ZoneOffset.UTC);

    private SharedNames() {
    }

    /** {@code Shared Albums/<album name>}, with " (2)" and so on when another album has that folder. */
    static String albumDir(String name, String guid, Set<String> taken) {
        String base = NameSanitizer.component(name, NameSanitizer.MAX_COMPONENT_BYTES - 8, guid);
        return unique(ROOT + "/" + base, "", taken::contains);
    }

    /**
     * The file's path in {@code dir}: the sharer's file name, or for public links (which carry none) its date and
     * guid; " (2)" and so on before the extension while {@code taken} says the path is used.
     */
    static String file(String dir, StreamItem item, Predicate<String> taken) {
        String raw = item.filename();
        if (raw == null || raw.isBlank()) {
            String id = item.guid().length() > 8 ? item.guid().substring(0, 8) : item.guid();
            raw = (item.dateMillis() > 0 ? STAMP.format(Instant.ofEpochMilli(item.dateMillis())) + " " : "") + id
                    + (item.video() ? ".mp4" : ".jpg");
        }
        String name = NameSanitizer.component(raw, NameSanitizer.MAX_COMPONENT_BYTES - 8, item.guid());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return unique(dir + "/" + stem, ext, taken);
    }

    private static String unique(String stem, String ext, Predicate<String> taken) {
        String candidate = stem + ext;
        for (int i = 2; taken.test(candidate); i++) candidate = stem + " (" + i + ")" + ext;
        return candidate;
    }
}
