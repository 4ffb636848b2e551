package dev.orchard.app.config;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A config file's {@code [account mum@example.com]} line, which starts the options of one Apple ID. */
final class AccountHeader {
    private static final Pattern HEADER = Pattern.compile("\\[\\s*account\\s+([^\\s\\]]+)\\s*]");

    private AccountHeader() {
    }

    /** The Apple ID the header names. */
    static String parse(String line, Path file, int lineNo) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            throw new ConfigException(file + " line " + lineNo + ": expected a section like [account you@example.com], got '"
                    + (line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'");
        }
        return m.group(1);
    }
}
