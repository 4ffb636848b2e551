package dev.orchard.app.notify;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with {@code /bin/sh -c}, the event in its environment: {@code ORCHARD_EVENT},
 * {@code ORCHARD_EVENT_TITLE}, {@code ORCHARD_EVENT_MESSAGE}, {@code ORCHARD_EVENT_ACCOUNT},
 * {@code ORCHARD_EVENT_JOB} (empty for account-wide events) and {@code ORCHARD_EVENT_TIME} (ISO-8601 UTC).
 */
public final class ScriptChannel implements NotificationChannel {
    private static final long TIMEOUT_SECONDS = 60;
    private final String command;

    public ScriptChannel(String command) {
        this.command = command;
    }

    @Override
    public String describe() {
        return "script";
    }

    @Override
    public void send(Event e) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("ORCHARD_PASSWORD") || k.startsWith("ORCHARD_SMTP_PASSWORD") || k.endsWith("_TOKEN"));
        env.put("ORCHARD_EVENT", e.type().id());
        env.put("ORCHARD_EVENT_TITLE", e.title());
        env.put("ORCHARD_EVENT_MESSAGE", e.message());
        env.put("ORCHARD_EVENT_ACCOUNT", e.account() == null ? "" : e.account());
        env.put("ORCHARD_EVENT_JOB", e.job() == null ? "" : e.job());
        env.put("ORCHARD_EVENT_TIME", e.at().toString());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the notify script did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0) throw new IOException("the notify script exited with status " + p.exitValue());
    }
}
