package dev.orchard.fake.http;

import java.util.Locale;

/**
 * The URLs the fake hands out (webservices, download URLs). A client that reached the fake by an Apple
 * host name (proxy or hosts file) gets Apple-shaped https URLs, which lead it back through the same route;
 * a client that addressed the fake's own origin gets that origin, since every Apple path is distinct.
 */
public final class PublicUrls {
    private static final String PARTITION = "p61";

    private PublicUrls() {
    }

    public static boolean isAppleHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.endsWith("apple.com") || h.endsWith("icloud.com") || h.endsWith("icloud-content.com")
                || h.endsWith("apple.com.cn") || h.endsWith("icloud.com.cn") || h.endsWith("icloud-content.com.cn");
    }

    private static boolean china(Exchange ex) {
        return ex.host().endsWith(".cn");
    }

    /** Origin of a per-account service such as {@code ckdatabasews}, {@code drivews} or {@code docws}. */
    public static String service(Exchange ex, String service) {
        if (!ex.appleAddressed()) return ex.origin();
        return "https://" + PARTITION + "-" + service + ".icloud.com" + (china(ex) ? ".cn" : "") + ":443";
    }

    /** Origin of a service Apple hosts outside the partitions, such as {@code sharedlibrary}. */
    public static String global(Exchange ex, String service) {
        if (!ex.appleAddressed()) return ex.origin();
        return "https://" + service + ".icloud.com" + (china(ex) ? ".cn" : "") + ":443";
    }

    /** Origin of the download CDN. */
    public static String cdn(Exchange ex) {
        if (!ex.appleAddressed()) return ex.origin();
        return "https://cvws.icloud-content.com" + (china(ex) ? ".cn" : "");
    }

    /** Origin of the setup service. */
    public static String setup(Exchange ex) {
        if (!ex.appleAddressed()) return ex.origin();
        return "https://setup.icloud.com" + (china(ex) ? ".cn" : "");
    }

    /** The cookie domain Apple uses for web-session cookies on this route. */
    public static String icloudCookieDomain(Exchange ex) {
        return china(ex) ? ".icloud.com.cn" : ".icloud.com";
    }
}
