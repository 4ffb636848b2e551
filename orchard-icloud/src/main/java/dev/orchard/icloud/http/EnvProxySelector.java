package dev.orchard.icloud.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Routes https requests through the proxy named by HTTPS_PROXY / https_proxy, except for hosts listed in
 * NO_PROXY / no_proxy (exact names, domain suffixes with or without a leading dot, IP literals, or "*").
 * Plain-http requests always go direct.
 */
public final class EnvProxySelector extends ProxySelector {
    private final InetSocketAddress proxy;
    private final List<String> noProxy;

    private EnvProxySelector(InetSocketAddress proxy, List<String> noProxy) {
        this.proxy = proxy;
        this.noProxy = noProxy;
    }

    /** The selector for this environment, or null when no https proxy is configured. */
    public static EnvProxySelector fromEnvironment(Map<String, String> env) {
        String raw = firstNonBlank(env.get("HTTPS_PROXY"), env.get("https_proxy"));
        if (raw == null) return null;
        return new EnvProxySelector(parseProxy(raw), parseNoProxy(firstNonBlank(env.get("NO_PROXY"), env.get("no_proxy"))));
    }

    static InetSocketAddress parseProxy(String raw) {
        String text = raw.trim();
        if (!text.contains("://")) text = "http://" + text;
        URI u;
        try {
            u = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("HTTPS_PROXY must look like http://host:port, got '" + raw + "'");
        }
        if (u.getHost() == null || !"http".equalsIgnoreCase(u.getScheme())) {
            throw new IllegalArgumentException("HTTPS_PROXY must look like http://host:port, got '" + raw + "'");
        }
        if (u.getUserInfo() != null) {
            throw new IllegalArgumentException("HTTPS_PROXY with a user name and password is not supported");
        }
        return InetSocketAddress.createUnresolved(u.getHost(), u.getPort() > 0 ? u.getPort() : 8080);
    }

    static List<String> parseNoProxy(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        for (String part : raw.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) continue;
            int colon = p.lastIndexOf(':');
            if (colon > 0 && !p.contains("]") && p.indexOf(':') == colon) p = p.substring(0, colon);
            out.add(p);
        }
        return out;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return null;
    }

    public InetSocketAddress proxyAddress() {
        return proxy;
    }

    boolean bypass(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String rule : noProxy) {
            if (rule.equals("*")) return true;
            String bare = rule.startsWith(".") ? rule.substring(1) : rule;
            if (h.equals(bare) || h.endsWith("." + bare)) return true;
        }
        return false;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null || uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme()) || bypass(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(new Proxy(Proxy.Type.HTTP, proxy));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // Nothing to fall back to: the transport reports the failure.
    }
}
