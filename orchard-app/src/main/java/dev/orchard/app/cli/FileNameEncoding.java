package dev.orchard.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether this JVM can write Unicode file names: it encodes them with sun.jnu.encoding, which follows the
 * locale, so under the C locale (cron, systemd, minimal containers) a name like "日本.jpg" cannot be created.
 */
public final class FileNameEncoding {
    private FileNameEncoding() {
    }

    public static boolean utf8() {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return jnu == null || Charset.forName(jnu).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static final String WARNING = "orchard: warning: the locale is not UTF-8, so file names with characters "
            + "beyond ASCII cannot be written; run with LC_ALL=C.UTF-8";
}
