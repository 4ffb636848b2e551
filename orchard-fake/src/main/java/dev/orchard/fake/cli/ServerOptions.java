package dev.orchard.fake.cli;

import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.faults.FaultRule;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the fake listens, and its general knobs. */
public final class ServerOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8780", description = "Plain-HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--proxy-port", defaultValue = "8781",
            description = "Forward-proxy port for HTTPS_PROXY (CONNECT and absolute-URI requests); -1 turns it off (default: ${DEFAULT-VALUE}).")
    int proxyPort;

    @Option(names = "--tls-port", defaultValue = "-1",
            description = "Also serve TLS directly on this port (for the hosts-file route); -1 off (default: ${DEFAULT-VALUE}).")
    int tlsPort;

    @Option(names = "--ca-file", paramLabel = "FILE",
            description = "Where to write the throwaway CA certificate (PEM) (default: $XDG_STATE_HOME/orchard/fake-icloud/ca.pem).")
    Path caFile;

    @Option(names = "--request-log", paramLabel = "FILE", description = "Append one JSON line per request to FILE.")
    Path requestLog;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for generated data and random faults (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--latency", defaultValue = "0", paramLabel = "MS", description = "Latency added to every request, in ms.")
    long latency;

    @Option(names = "--fault", paramLabel = "SPEC",
            description = "Inject faults, e.g. group=cdn,kind=truncate,rate=0.05, group=auth,kind=status,status=503,retry-after=2,count=1 "
                    + "or kind=cas-op-lock,rate=0.2 (records/modify loses the zone's op-lock). Repeatable.")
    List<String> faults = new ArrayList<>();

    void applyTo(FakeConfig config) {
        config.host(host).port(port).proxyPort(proxyPort).tlsPort(tlsPort).caFile(caFile == null ? defaultCaFile() : caFile)
                .requestLog(requestLog).seed(seed).latencyMillis(latency);
        List<FaultRule> rules = new ArrayList<>();
        for (String spec : faults) rules.add(FaultRule.parse(spec));
        config.setup(fake -> rules.forEach(fake.faults()::add));
    }

    static Path defaultCaFile() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : home().resolve(".local").resolve("state");
        return base.resolve("orchard").resolve("fake-icloud").resolve("ca.pem");
    }

    private static Path home() {
        String home = System.getenv("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }
}
