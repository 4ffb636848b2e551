package dev.orchard.icloud.http;

import java.net.URI;
import java.util.Locale;

/**
 * Where the fixed Apple services live. Normally Apple's hosts for the chosen {@link Domain}; with an
 * override origin (ORCHARD_ICLOUD_ENDPOINT) both the idmsa paths and the setup paths go to that origin.
 * China uses the global idmsa host by default (docs/protocol/sign-in.md §8) unless {@code chinaIdmsa} is set.
 */
public final class Endpoints {
    private final Domain domain;
    private final String override;
    private final boolean chinaIdmsa;

    private Endpoints(Domain domain, String override, boolean chinaIdmsa) {
        this.domain = domain;
        this.override = override;
        this.chinaIdmsa = chinaIdmsa;
    }

    public static Endpoints apple(Domain domain) {
        return new Endpoints(domain, null, false);
    }

    /** Variant for China mainland accounts that need idmsa.apple.com.cn (icloudpd and kei do this). */
    public static Endpoints appleWithChinaIdmsa() {
        return new Endpoints(Domain.CN, null, true);
    }

    /**
     * Every fixed service at one origin, e.g. {@code http://127.0.0.1:8080}.
     *
     * @throws IllegalArgumentException when {@code origin} is not an http(s) origin
     */
    public static Endpoints override(String origin, Domain domain) {
        URI u;
        try {
            u = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpoint must be an origin such as http://127.0.0.1:8080, got '" + origin + "'");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null
                || (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/"))
                || u.getQuery() != null) {
            throw new IllegalArgumentException("endpoint must be an origin such as http://127.0.0.1:8080, got '" + origin + "'");
        }
        String o = scheme + "://" + u.getRawAuthority();
        return new Endpoints(domain, o, false);
    }

    public Domain domain() { return domain; }
    public boolean overridden() { return override != null; }

    /** Base of the IDMS auth service, without trailing slash: {@code https://idmsa.apple.com/appleauth/auth}. */
    public String auth() {
        if (override != null) return override + "/appleauth/auth";
        return (chinaIdmsa ? "https://idmsa.apple.com.cn" : "https://idmsa.apple.com") + "/appleauth/auth";
    }

    /** Base of the setup service: {@code https://setup.icloud.com/setup/ws/1}. */
    public String setup() {
        if (override != null) return override + "/setup/ws/1";
        return (domain == Domain.CN ? "https://setup.icloud.com.cn" : "https://setup.icloud.com") + "/setup/ws/1";
    }

    /** The web origin sent as Origin/Referer and as the OAuth redirect URI. */
    public String webOrigin() {
        return domain == Domain.CN ? "https://www.icloud.com.cn" : "https://www.icloud.com";
    }

    /** The idmsa origin sent as Origin/Referer on auth calls. */
    public String idmsaOrigin() {
        return chinaIdmsa ? "https://idmsa.apple.com.cn" : "https://idmsa.apple.com";
    }
}
