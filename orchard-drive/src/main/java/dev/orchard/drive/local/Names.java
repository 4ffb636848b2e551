package dev.orchard.drive.local;

import dev.orchard.localfiles.DatedTrash;
import dev.orchard.localfiles.NameBytes;
import java.util.Locale;
import java.util.Set;

/**
 * Which names Orchard syncs. Its own temp files and trash start with {@value #INTERNAL_PREFIX}; names Apple's
 * clients refuse to sync (docs/protocol/drive.md §8) are skipped with a warning, except the clutter systems write on their
 * own ({@code .DS_Store}), which is skipped quietly; names that could escape the folder or
 * cannot be stored ({@code ..}, '/', control characters) are refused whichever side they come from.
 */
public final class Names {
    public static final String INTERNAL_PREFIX = ".orchard-";
    public static final String LOCAL_TRASH = DatedTrash.FOLDER;

    /** Clutter the systems make on their own in every folder: skipped without a word (issue 14 §4). */
    private static final Set<String> SYSTEM_CLUTTER = Set.of(".ds_store", "desktop.ini", "icon\r", ".ubd", "$recycle.bin");
    private static final Set<String> INELIGIBLE_EXACT = Set.of("microsoft user data", "iphoto library", "dropbox",
            "onedrive", "idrive-sync");
    /** Orchard's temporary uploads in iCloud: {@code .orchard-<8 hex digits>-<name>}. */
    private static final java.util.regex.Pattern REMOTE_TEMP = java.util.regex.Pattern.compile("\\.orchard-[0-9a-f]{8}-.+");
    private static final Set<String> INELIGIBLE_EXTENSIONS = Set.of("photoslibrary", "aplibrary", "migratedphotolibrary");

    private Names() {
    }

    public static boolean internal(String name) {
        return name.startsWith(INTERNAL_PREFIX);
    }

    /** Whether an iCloud name is one of Orchard's temporary uploads (anything else internal-looking is the user's). */
    public static boolean remoteTemp(String name) {
        return REMOTE_TEMP.matcher(name).matches();
    }

    /** Names Apple's systems write by themselves and iCloud never syncs: skipped quietly on both sides. */
    public static boolean systemClutter(String name) {
        return SYSTEM_CLUTTER.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Why a name cannot be stored in a local folder because of its length, or null. */
    public static String tooLong(String name) {
        int n = NameBytes.of(name);
        return n <= NameBytes.MAX ? null : "its name is " + n + " bytes long and local file systems hold at most "
                + NameBytes.MAX + "; rename it in iCloud to sync it";
    }

    /** Why a name can never be stored locally (hostile), or null when it is safe. */
    public static String hostile(String name) {
        if (name.isEmpty()) return "an empty name";
        if (name.equals(".") || name.equals("..")) return "the name '" + name + "'";
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/') return "a '/' inside the name";
            if (c == '\\') return "a '\\' inside the name";
            if (c < 0x20 || c == 0x7f) return "a control character in the name";
        }
        return null;
    }

    /** Why Apple's clients would not sync this name (docs/protocol/drive.md §8), or null. */
    public static String ineligible(String name, boolean folder) {
        String n = name.toLowerCase(Locale.ROOT);
        if (INELIGIBLE_EXACT.contains(n)) return "Apple does not sync '" + name + "'";
        if (n.endsWith(".tmp")) return "names ending in .tmp are not synced by iCloud";
        if (folder && n.equals("tmp")) return "folders named tmp are not synced by iCloud";
        if (n.startsWith("~$") || n.startsWith(".~")) return "names starting with ~$ or .~ are not synced by iCloud";
        if (n.endsWith("~") && n.indexOf('.') > 0) return "names ending in ~ are not synced by iCloud";
        if (n.startsWith(".dropbox")) return "Dropbox files are not synced by iCloud";
        if (n.contains(".nosync") || n.contains(".weakpkg")) return "'.nosync' names are not synced by iCloud";
        if (n.startsWith("(a document being saved")) return "a document still being saved";
        int dot = n.lastIndexOf('.');
        if (dot > 0 && INELIGIBLE_EXTENSIONS.contains(n.substring(dot + 1))) return "photo libraries are not synced by iCloud";
        return null;
    }
}
