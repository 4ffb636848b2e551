package dev.orchard.app.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration from the first logger until the options are read ({@link LogSetup#apply}), set in code:
 * reading a logback.xml (an XML parser and Logback's configuration model, all interpreted at that point) was a
 * fifth of a short run's start-up. Found by Logback through {@code META-INF/services}; it steps aside for an explicit
 * {@code -Dlogback.configurationFile} and for the tests' logback-test.xml.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class StartupLogging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (stepsAside()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        LogSetup.defaults(ctx);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether a configuration file is there to be read instead. */
    static boolean stepsAside() {
        return System.getProperty("logback.configurationFile") != null
                || StartupLogging.class.getClassLoader().getResource("logback-test.xml") != null;
    }
}
