package dev.orchard.icloud.auth;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.orchard.fake.FakeConfig;
import dev.orchard.fake.FakeICloud;
import dev.orchard.icloud.http.StoredCookie;
import dev.orchard.icloud.session.StoredSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords, tokens and cookie values never reach logs at any level, even TRACE. */
class SecretsStayOutOfLogsTest {
    @TempDir
    Path state;

    @Test
    void aFullSignInLogsNoSecret() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        // As LogSetup does: Apache HttpClient's DEBUG is a wire log (headers, cookies), clamped at WARN.
        Logger apache = (Logger) LoggerFactory.getLogger("org.apache.hc");
        Level apacheBefore = apache.getLevel();
        apache.setLevel(Level.WARN);
        try (FakeICloud fake = FakeICloud.start(FakeConfig.defaults())) {
            SignInHarness h = new SignInHarness(fake, state, FakeConfig.DEMO_APPLE_ID);
            h.typed.add("999999");
            h.signIn(FakeConfig.DEMO_PASSWORD).close();
            fake.sessions().expireAll(fake.account(FakeConfig.DEMO_APPLE_ID));
            h.signIn(FakeConfig.DEMO_PASSWORD).close();

            StoredSession s = h.store().loadSession().orElseThrow();
            List<String> secrets = new ArrayList<>(List.of(FakeConfig.DEMO_PASSWORD, s.trustToken(), s.sessionToken()));
            for (StoredCookie c : h.store().loadCookies()) {
                String v = c.value().replace("\"", "");
                if (v.length() >= 8) secrets.add(v);
            }
            String logged = appender.list.stream().map(e -> e.getFormattedMessage() + " "
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
            assertThat(appender.list).isNotEmpty();
            for (String secret : secrets) assertThat(logged).doesNotContain(secret);
            assertThat(s.toString()).doesNotContain(s.trustToken());
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
            apache.setLevel(apacheBefore);
        }
    }
}
