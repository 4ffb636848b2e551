package dev.orchard.fake.proxy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The forward-proxy port of the fake. A {@code CONNECT host:443} is answered with 200 and its bytes are
 * piped to the server's internal TLS connector, which terminates TLS with the fake CA's certificate; any
 * other request (absolute-URI, clear text) is piped to an internal plain connector. Jetty then parses and
 * serves both, keep-alive included.
 */
public final class ProxyFront implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyFront.class);
    private static final int MAX_HEAD = 64 * 1024;

    private final ServerSocket listener;
    private final int plainTarget;
    private final int tlsTarget;
    private final Thread acceptor;
    private volatile boolean closed;

    public ProxyFront(String host, int port, int plainTarget, int tlsTarget) throws IOException {
        this.plainTarget = plainTarget;
        this.tlsTarget = tlsTarget;
        listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(host), port), 256);
        acceptor = Thread.ofPlatform().daemon().name("fake-icloud-proxy").start(this::acceptLoop);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().name("fake-proxy-conn").start(() -> serve(client));
            } catch (IOException e) {
                if (!closed) LOG.warn("proxy accept failed: {}", e.toString());
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            BufferedInputStream in = new BufferedInputStream(client.getInputStream());
            byte[] head = readHead(in);
            if (head == null) return;
            String requestLine = new String(head, 0, lineEnd(head), StandardCharsets.ISO_8859_1);
            boolean connect = requestLine.regionMatches(true, 0, "CONNECT ", 0, 8);
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), connect ? tlsTarget : plainTarget)) {
                upstream.setTcpNoDelay(true);
                OutputStream toClient = client.getOutputStream();
                if (connect) {
                    toClient.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    toClient.flush();
                } else {
                    upstream.getOutputStream().write(head);
                }
                Thread up = Thread.ofVirtual().start(() -> pump(in, upstream));
                pump(upstream.getInputStream(), client);
                up.join();
            }
        } catch (IOException e) {
            LOG.debug("proxy connection ended: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies until EOF, then half-closes the destination so the other direction can finish. */
    private static void pump(InputStream from, Socket to) {
        byte[] buf = new byte[32 * 1024];
        try {
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = from.read(buf)) >= 0) {
                out.write(buf, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            try {
                to.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) return null;
            head.write(b);
            state = switch (state) {
                case 0, 2 -> b == '\r' ? state + 1 : 0;
                case 1 -> b == '\n' ? 2 : (b == '\r' ? 1 : 0);
                case 3 -> b == '\n' ? 4 : (b == '\r' ? 1 : 0);
                default -> 0;
            };
            if (state == 4) return head.toByteArray();
        }
        return null;
    }

    private static int lineEnd(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\r' || head[i] == '\n') return i;
        }
        return head.length;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        acceptor.interrupt();
    }
}
