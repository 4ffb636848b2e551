package dev.orchard.app.daemon;

import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * systemd's readiness protocol: one datagram such as {@code READY=1} to the Unix socket named by
 * {@code NOTIFY_SOCKET} (a path, or {@code @name} in the abstract namespace). Does nothing when the
 * variable is unset, i.e. when not started by systemd with {@code Type=notify}.
 */
public final class SdNotify {
    private static final Logger LOG = LoggerFactory.getLogger(SdNotify.class);
    private final String socket;

    public SdNotify(String notifySocket) {
        this.socket = notifySocket == null || notifySocket.isBlank() ? null : notifySocket;
    }

    public boolean enabled() {
        return socket != null;
    }

    public void ready(String status) {
        send("READY=1\nSTATUS=" + status);
    }

    public void status(String status) {
        send("STATUS=" + status);
    }

    public void stopping() {
        send("STOPPING=1");
    }

    /** Sends one message; failures are logged, never fatal (the service manager decides what they mean). */
    public void send(String message) {
        if (socket == null) return;
        try (AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open()) {
            AFUNIXSocketAddress to = socket.startsWith("@")
                    ? AFUNIXSocketAddress.inAbstractNamespace(socket.substring(1))
                    : AFUNIXSocketAddress.of(new File(socket));
            channel.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), to);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("cannot notify systemd at {}: {}", socket, e.toString());
        }
    }
}
