package dev.orchard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class StartupLoggingTest {
    @Test
    void logbackFindsItAsAService() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(StartupLogging.class);
    }

    @Test
    void startsWithWarningsAndErrorsOnStderr() {
        LoggerContext ctx = new LoggerContext();
        LogSetup.defaults(ctx);
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger("dev.orchard.photos").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(ctx.getLogger("org.eclipse.jetty.server").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("console")).isInstanceOfSatisfying(ConsoleAppender.class, a -> {
            assertThat(a.getTarget()).isEqualTo("System.err");
            assertThat(a.isStarted()).isTrue();
            assertThat(((ConsoleAppender<ILoggingEvent>) a).getEncoder()).isInstanceOf(ScrubbingEncoder.class);
        });
    }

    @Test
    void leavesTheTestsTheirConfigurationFile() {
        assertThat(StartupLogging.stepsAside()).isTrue();
        LoggerContext ctx = new LoggerContext();
        StartupLogging configurator = new StartupLogging();
        configurator.setContext(ctx);
        assertThat(configurator.configure(ctx)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("console")).isNull();
    }
}
