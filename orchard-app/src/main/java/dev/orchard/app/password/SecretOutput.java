package dev.orchard.app.password;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/** Runs a command that prints a secret: stdin closed, stdout collected; the caller wipes {@link #stdout} after use. */
final class SecretOutput {
    /** {@code exit} is -1 when the command was killed for taking too long. */
    record Result(int exit, byte[] stdout) {
    }

    private SecretOutput() {
    }

    static Result run(ProcessBuilder pb, long timeoutSeconds) throws IOException, InterruptedException {
        return run(pb, new byte[0], timeoutSeconds);
    }

    /** As above, writing {@code stdin} to the command first (a secret it reads; the caller wipes it). */
    static Result run(ProcessBuilder pb, byte[] stdin, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toByteArray();
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out);
    }
}
