package dev.orchard.app;

import dev.orchard.icloud.json.Jsons;
import org.sqlite.SQLiteJDBCLoader;

import javax.net.ssl.SSLContext;
import java.util.Set;

/**
 * Set-up that every command talking to iCloud needs whatever it is told, started on a thread of its own while the main
 * thread reads the command line, the config and the session: Jackson's mapper, the JDK's TLS context with its trusted
 * roots (read from cacerts), SQLite's native library. Each is built once per process by the library itself, so the
 * command uses what this made, or makes it itself when it gets there first. On a short run (a scheduled sync that
 * finds nothing new) that is a quarter of the start-up moved to the machine's other core; a failure here is left for the
 * command to meet and report.
 */
final class StartupWarmUp {
    /** First words of the commands that sign in or use the stored session. */
    private static final Set<String> ICLOUD_COMMANDS = Set.of("photos", "drive", "run", "login");

    private StartupWarmUp() {
    }

    static void startFor(String[] args) {
        if (!talksToICloud(args)) return;
        Thread t = new Thread(StartupWarmUp::warmUp, "start-up warm-up");
        t.setDaemon(true);
        t.start();
    }

    static boolean talksToICloud(String[] args) {
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
        }
        for (String a : args) {
            if (!a.startsWith("-")) return ICLOUD_COMMANDS.contains(a);
        }
        return false;
    }

    private static void warmUp() {
        try {
            Jsons.MAPPER.getTypeFactory();
            SSLContext.getDefault();
            SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the command does the same and reports what went wrong
        }
    }
}
