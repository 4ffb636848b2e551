package dev.orchard.fake.http;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.security.KeyStore;
import java.util.concurrent.Executors;

/**
 * The fake's Jetty server. Connectors: the public plain-HTTP port; an internal plain port fed by the
 * proxy front with absolute-URI requests; and, when TLS keys are given, an internal TLS port fed by
 * CONNECT tunnels and optionally a public TLS port (for the hosts-file route).
 */
public final class FakeHttpServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector plain;
    private final ServerConnector proxied;
    private final ServerConnector tunnel;
    private final ServerConnector publicTls;

    public FakeHttpServer(String host, int port, int publicTlsPort, KeyStore tlsKeys, char[] tlsPassword,
                          Dispatcher dispatcher, RequestLog log) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("fake-icloud");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);

        HttpConfiguration http = httpConfiguration();
        plain = connector(new HttpConnectionFactory(http), host, port);
        proxied = connector(new HttpConnectionFactory(http), "127.0.0.1", 0);

        if (tlsKeys != null) {
            HttpConfiguration https = httpConfiguration();
            https.setSecureScheme("https");
            https.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(tlsKeys);
            ssl.setKeyStorePassword(new String(tlsPassword));
            ssl.setSniRequired(false);
            tunnel = connector(tlsFactories(ssl, https), "127.0.0.1", 0);
            publicTls = publicTlsPort >= 0 ? connector(tlsFactories(ssl, https), host, publicTlsPort) : null;
        } else {
            tunnel = null;
            publicTls = null;
        }

        server.addConnector(plain);
        server.addConnector(proxied);
        if (tunnel != null) server.addConnector(tunnel);
        if (publicTls != null) server.addConnector(publicTls);
        server.setHandler(new JettyBridge(dispatcher, this::viaOf, log));
        server.setStopTimeout(2000);
        server.start();
    }

    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration c = new HttpConfiguration();
        c.setSendServerVersion(false);
        c.setSendXPoweredBy(false);
        c.setUriCompliance(UriCompliance.LEGACY);
        c.setRequestHeaderSize(64 * 1024);
        c.setResponseHeaderSize(64 * 1024);
        return c;
    }

    private static org.eclipse.jetty.server.ConnectionFactory[] tlsFactories(SslContextFactory.Server ssl,
                                                                          HttpConfiguration https) {
        return new org.eclipse.jetty.server.ConnectionFactory[] {
                new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https)};
    }

    private ServerConnector connector(org.eclipse.jetty.server.ConnectionFactory factory, String host, int port) {
        return connector(new org.eclipse.jetty.server.ConnectionFactory[] {factory}, host, port);
    }

    private ServerConnector connector(org.eclipse.jetty.server.ConnectionFactory[] factories, String host, int port) {
        ServerConnector c = new ServerConnector(server, factories);
        c.setHost(host);
        c.setPort(port);
        c.setIdleTimeout(120_000);
        return c;
    }

    private Via viaOf(Connector c) {
        if (c == proxied) return Via.PROXY;
        if (c == tunnel) return Via.TUNNEL;
        return Via.DIRECT;
    }

    public int port() { return plain.getLocalPort(); }
    public int proxiedPort() { return proxied.getLocalPort(); }
    public int tunnelPort() { return tunnel == null ? -1 : tunnel.getLocalPort(); }
    public int publicTlsPort() { return publicTls == null ? -1 : publicTls.getLocalPort(); }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
