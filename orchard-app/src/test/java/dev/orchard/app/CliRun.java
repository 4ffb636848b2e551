package dev.orchard.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a given environment and working directory, capturing its output. */
public final class CliRun {
    public final int exit;
    public final String out;
    public final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CliRun run(Map<String, String> env, Path workingDir, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        Map<String, String> full = new HashMap<>(env);
        full.putIfAbsent("XDG_CONFIG_HOME", workingDir.resolve("config-home").toString());
        int exit = Main.run(args, full, workingDir, null, new PrintWriter(o, true), new PrintWriter(e, true));
        return new CliRun(exit, o.toString(), e.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
