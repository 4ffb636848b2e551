package dev.orchard.app;

import dev.orchard.app.cli.OrchardCommand;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new OrchardCommand()).execute(args));
    }
}
