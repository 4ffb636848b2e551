package dev.orchard.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two text formats Orchard accepts: the config file ({@code key = value}) and {@code .env}
 * ({@code KEY=value}, optionally prefixed by {@code export}). {@code #} starts a comment line; values may
 * be wrapped in single or double quotes. Later lines win. The config file may end in {@code [account APPLE_ID]}
 * sections, each holding the options of one Apple ID.
 */
final class KeyValueFile {
    /** A value and the line it came from, for error messages. */
    record Entry(String value, int line) {
    }

    private KeyValueFile() {
    }

    static Map<String, Entry> read(Path file, boolean dotEnv) {
        return sections(file, dotEnv).get("");
    }

    /**
     * The file's entries by section: "" for those above the first {@code [account APPLE_ID]} header, then one
     * map per account, in file order. Only the config file has sections.
     */
    static Map<String, Map<String, Entry>> sections(Path file, boolean dotEnv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
        Map<String, Entry> out = new LinkedHashMap<>();
        sections.put("", out);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (!dotEnv && line.startsWith("[")) {
                out = new LinkedHashMap<>();
                String account = AccountHeader.parse(line, file, i + 1);
                if (sections.keySet().stream().anyMatch(account::equalsIgnoreCase)) {
                    throw new ConfigException(file + " line " + (i + 1) + ": [account " + account + "] appears twice; give each account one section");
                }
                sections.put(account, out);
                continue;
            }
            if (dotEnv && line.startsWith("export ")) line = line.substring(7).strip();
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(file + " line " + (i + 1) + ": expected " + (dotEnv ? "KEY=value" : "key = value")
                        + ", got '" + abbreviate(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = unquote(line.substring(eq + 1).strip(), file, i + 1, key);
            out.put(key, new Entry(value, i + 1));
        }
        return sections;
    }

    /** Removes one pair of surrounding quotes; a quote opened and not closed (or closed and not opened) is an error. */
    private static String unquote(String v, Path file, int line, String key) {
        for (String q : new String[] {"\"", "'"}) {
            boolean opens = v.startsWith(q);
            boolean closes = v.endsWith(q) && v.length() >= 2;
            if (opens && closes) return v.substring(1, v.length() - 1);
            if (opens || (v.endsWith(q) && v.indexOf(q) == v.length() - 1)) {
                throw new ConfigException(file + " line " + line + ": the value of '" + key + "' has an unbalanced " + q
                        + " (quote the whole value, or not at all)");
            }
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
