package dev.orchard.app.cli;

import dev.orchard.app.command.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code orchard --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"orchard " + Version.get() + " (Java " + Runtime.version().feature() + ")"};
    }
}
