package dev.orchard.app.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks Orchard's small web servers (the 2FA page, the daemon's page) share. */
public final class RequestChecks {
    private RequestChecks() {
    }

    /** Compares a given secret with the expected one in constant time; null never matches. */
    public static boolean sameSecret(String given, String expected) {
        return given != null && expected != null
                && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code host} is a loopback address.
     *
     * @throws IllegalArgumentException naming {@code option} when the address does not resolve
     */
    public static boolean isLoopback(String host, String option) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + " " + host + " is not an address of this machine");
        }
    }

    public static String escapeHtml(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
