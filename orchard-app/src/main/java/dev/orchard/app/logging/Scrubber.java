package dev.orchard.app.logging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence: every log line passes through here before it is written, so a secret that
 * reaches a log message by mistake still comes out as {@code ***}. Masks values of known secret fields,
 * Authorization and Cookie headers, Apple's session cookies and headers, and every secret value the
 * process was configured with ({@link #register}).
 */
public final class Scrubber {
    static final String MASK = "***";
    private static final int MIN_REGISTERED_LENGTH = 4;

    private static final List<Pattern> PATTERNS = List.of(
            // Authorization: Bearer x / Basic x / anything; Cookie and Set-Cookie headers in full.
            Pattern.compile("(?i)((?:proxy-)?authorization\\s*[:=]\\s*\"?(?:bearer|basic|digest)?\\s*)([^\\s\",;]+)"),
            Pattern.compile("(?i)((?:set-)?cookie\\s*[:=]\\s*)([^\\r\\n]+)"),
            Pattern.compile("(?i)(\\bbearer\\s+)([A-Za-z0-9._~+/=-]{6,})"),
            // Apple's cookies and session headers: X-APPLE-WEBAUTH-TOKEN="...", scnt: ..., X-Apple-ID-Session-Id=...
            Pattern.compile("(?i)(\\b(?:x[-_]apple[-_][a-z0-9_-]+|scnt|aasp|acn01)\\b\"?\\s*[=:]\\s*)(\"[^\"]*\"|[^\\s;,&\"]+)"),
            // key=value / "key": "value" for names that are secrets.
            Pattern.compile("(?i)(\\b[a-z0-9_-]*(?:password|passwd|secret|token|apikey|api_key|csrf|session_?id|dsWebAuthToken)\\b\"?\\s*[=:]\\s*\"?)([^\\s\"&,;]+)"));

    private static final Set<String> REGISTERED = new CopyOnWriteArraySet<>();

    private Scrubber() {
    }

    /** A value that must never appear in a log line, e.g. a configured token or password. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_REGISTERED_LENGTH) REGISTERED.add(secret.strip());
    }

    public static String scrub(String line) {
        if (line == null || line.isEmpty()) return line;
        String out = line;
        for (String s : REGISTERED) {
            if (out.contains(s)) out = out.replace(s, MASK);
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(out);
            if (!m.find()) continue;
            StringBuilder b = new StringBuilder();
            do {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + MASK));
            } while (m.find());
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }
}
