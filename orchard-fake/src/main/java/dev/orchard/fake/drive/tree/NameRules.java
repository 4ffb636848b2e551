package dev.orchard.fake.drive.tree;

import java.text.Normalizer;
import java.util.Locale;

/** How names are split, compared and made unique, following the current {@link TreeRules}. */
public final class NameRules {
    /** A full name split the way drivews reports it; {@code extension} null when there is none. */
    public record Split(String name, String extension) {
        public String full() {
            return extension == null || extension.isEmpty() ? name : name + "." + extension;
        }
    }

    private NameRules() {
    }

    /**
     * Splits at the last dot, except that a leading dot (".bashrc") or a trailing dot ("notes.") leaves the
     * name whole. Folders stay whole unless the rules say folders carry extensions.
     */
    public static Split split(TreeRules rules, String fullName, boolean folder) {
        if (folder && !rules.foldersCarryExtension()) return new Split(fullName, null);
        int dot = fullName.lastIndexOf('.');
        if (dot <= 0 || dot == fullName.length() - 1) return new Split(fullName, null);
        return new Split(fullName.substring(0, dot), fullName.substring(dot + 1));
    }

    /** The key two names clash on. */
    public static String clashKey(TreeRules rules, String name) {
        String n = rules.unicodeNormalized() ? Normalizer.normalize(name, Normalizer.Form.NFC) : name;
        return rules.caseInsensitive() ? n.toLowerCase(Locale.ROOT) : n;
    }

    /** The {@code n}-th auto-renamed variant of {@code fullName}, e.g. "report 2.pdf". */
    public static String variant(TreeRules rules, String fullName, boolean folder, int n) {
        Split s = split(rules, fullName, folder);
        String ext = s.extension() == null ? "" : "." + s.extension();
        return rules.autoRenamePattern().replace("{name}", s.name()).replace("{n}", Integer.toString(n))
                .replace("{ext}", ext);
    }

    /** Problems with a name a client asks the service to store, or null when it is acceptable. */
    public static String serviceNameProblem(String name) {
        if (name == null || name.isEmpty()) return "a name must not be empty";
        if (name.indexOf('/') >= 0) return "a name must not contain '/'";
        return null;
    }
}
