package dev.orchard.app.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXDatagramSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

import java.io.File;
import java.net.DatagramPacket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness datagram as systemd receives it, on a socket the test binds like systemd does. */
class SdNotifyTest {
    @TempDir
    Path dir;

    private static String receive(AFUNIXDatagramSocket socket) throws Exception {
        byte[] buf = new byte[4096];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        socket.setSoTimeout(20_000);
        socket.receive(p);
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
    }

    @Test
    void sendsReadyAndStoppingToAPathSocket() throws Exception {
        File path = dir.resolve("notify").toFile();
        try (AFUNIXDatagramSocket systemd = AFUNIXDatagramSocket.newInstance()) {
            systemd.bind(AFUNIXSocketAddress.of(path));
            SdNotify notify = new SdNotify(path.getPath());
            notify.ready("started");
            assertThat(receive(systemd)).isEqualTo("READY=1\nSTATUS=started");
            notify.stopping();
            assertThat(receive(systemd)).isEqualTo("STOPPING=1");
        }
    }

    @Test
    void sendsToAnAbstractSocket() throws Exception {
        String name = "orchard-test-" + ProcessHandle.current().pid();
        try (AFUNIXDatagramSocket systemd = AFUNIXDatagramSocket.newInstance()) {
            systemd.bind(AFUNIXSocketAddress.inAbstractNamespace(name));
            new SdNotify("@" + name).status("syncing");
            assertThat(receive(systemd)).isEqualTo("STATUS=syncing");
        }
    }

    @Test
    void withoutNotifySocketItDoesNothing() {
        SdNotify notify = new SdNotify(null);
        assertThat(notify.enabled()).isFalse();
        notify.ready("started");
    }
}
