package dev.orchard.app.daemon;

import dev.orchard.app.command.ErrorReporter;
import dev.orchard.app.command.ExitCodes;
import dev.orchard.app.command.FailureKind;
import dev.orchard.icloud.http.ResponseTooLargeException;
import dev.orchard.icloud.http.TransportException;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** java.net.http hands an OutOfMemoryError on as an IOException; that, and an answer over the size cap, is never "try later". */
class OutOfMemoryIsNotTransientTest {
    final Exception wrapped = new TransportException("cannot reach p61-ckdatabasews.icloud.com: IOException (Java heap space)",
            new IOException("Java heap space", new OutOfMemoryError("Java heap space")));

    @Test
    void theDaemonCountsItAsAFailureNotAsNetworkTrouble() {
        assertThat(FailureKind.of(wrapped)).isEqualTo(FailureKind.FAILED);
        assertThat(FailureKind.of(new IOException("Java heap space", new OutOfMemoryError()))).isEqualTo(FailureKind.FAILED);
        assertThat(FailureKind.of(new TransportException("cannot reach x", new IOException("reset")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new ResponseTooLargeException("setup.icloud.com", -1, 32L << 20))).isEqualTo(FailureKind.FAILED);
    }

    @Test
    void theCliExitsWithFailureNotTemporary() {
        assertThat(ErrorReporter.exitCode(wrapped)).isEqualTo(ExitCodes.FAILURE);
        assertThat(ErrorReporter.exitCode(new ResponseTooLargeException("p61-ckdatabasews.icloud.com", 400L << 20, 32L << 20)))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(ErrorReporter.exitCode(new TransportException("cannot reach x", new IOException("reset")))).isEqualTo(ExitCodes.TEMPORARY);
    }
}
