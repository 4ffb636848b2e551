package dev.orchard.fake.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses Cookie request headers keeping values verbatim (Apple's are quoted and contain '=' and ':'). */
public final class CookieHeader {
    private CookieHeader() {
    }

    public static Map<String, String> parse(List<String> headerValues) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (headerValues == null) return cookies;
        for (String header : headerValues) {
            for (String pair : header.split(";")) {
                String p = pair.trim();
                int eq = p.indexOf('=');
                if (eq <= 0) continue;
                cookies.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        return cookies;
    }
}
