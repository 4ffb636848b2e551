package dev.orchard.fake.http;

/** How a request reached the fake. */
public enum Via {
    /** Straight to the fake's plain-HTTP port (what ORCHARD_ICLOUD_ENDPOINT does). */
    DIRECT,
    /** An absolute-URI request through the forward-proxy port, in clear text (axios style). */
    PROXY,
    /** A CONNECT tunnel through the forward-proxy port, TLS terminated by the fake (requests/urllib3 style). */
    TUNNEL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
