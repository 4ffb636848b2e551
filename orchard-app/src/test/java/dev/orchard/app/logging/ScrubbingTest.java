package dev.orchard.app.logging;

import ch.qos.logback.classic.Level;
import dev.orchard.app.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScrubbingTest {
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        LogSetup.apply(new LogSetup.Settings(null, "text", null, "10MB", 7), Level.WARN);
    }

    @Test
    void masksHeadersCookiesAndSecretFields() {
        assertThat(Scrubber.scrub("Authorization: Bearer abc.def-123456")).isEqualTo("Authorization: Bearer ***");
        assertThat(Scrubber.scrub("authorization=Basic dXNlcjpwYXNz")).isEqualTo("authorization=Basic ***");
        assertThat(Scrubber.scrub("Cookie: X-APPLE-WEBAUTH-TOKEN=\"v=2:t=AAA\"; other=1")).isEqualTo("Cookie: ***");
        assertThat(Scrubber.scrub("set X-APPLE-WEBAUTH-HSA-TRUST=\"8a7f6e5d\" for .icloud.com"))
                .isEqualTo("set X-APPLE-WEBAUTH-HSA-TRUST=*** for .icloud.com");
        assertThat(Scrubber.scrub("headers scnt: AbCdEf123 and X-Apple-ID-Session-Id: 55AA")).isEqualTo("headers scnt: *** and X-Apple-ID-Session-Id: ***");
        assertThat(Scrubber.scrub("{\"dsWebAuthToken\":\"secretvalue\",\"trustToken\":\"tt\"}"))
                .isEqualTo("{\"dsWebAuthToken\":\"***\",\"trustToken\":\"***\"}");
        assertThat(Scrubber.scrub("url?password=hunter2&x=1")).isEqualTo("url?password=***&x=1");
        assertThat(Scrubber.scrub("no secrets in the token count here")).isEqualTo("no secrets in the token count here");
    }

    @Test
    void masksRegisteredValuesAnywhere() {
        Scrubber.register("correct-horse-battery");
        assertThat(Scrubber.scrub("oops correct-horse-battery leaked")).isEqualTo("oops *** leaked");
    }

    @Test
    void aSecretLoggedByMistakeNeverReachesTheFileInTextOrJson() throws Exception {
        Scrubber.register("tok-9f8e7d6c");
        Logger log = LoggerFactory.getLogger("dev.orchard.test");
        for (String format : new String[] {"text", "json"}) {
            Path file = dir.resolve(format + ".log");
            LogSetup.apply(new LogSetup.Settings("debug", format, file, "10MB", 7), Level.WARN);
            log.info("request with Authorization: Bearer tok-9f8e7d6c and password=hunter2");
            log.warn("failed", new IllegalStateException("cookie X-APPLE-WEBAUTH-TOKEN=\"v=2:t=SeCrEt\""));
            String text = Files.readString(file);
            assertThat(text).contains("request with Authorization: Bearer ***").doesNotContain("tok-9f8e7d6c")
                    .doesNotContain("hunter2").doesNotContain("SeCrEt").contains("IllegalStateException");
            if (format.equals("json")) {
                assertThat(text.lines()).allSatisfy(l -> assertThat(l).startsWith("{\"time\":").endsWith("}"));
                assertThat(text).contains("\"level\":\"INFO\"").contains("\"logger\":\"dev.orchard.test\"").contains("\"error\":");
            }
        }
    }

    @Test
    void levelsFilterAndBadLogOptionsAreOneLineErrors() throws Exception {
        Path file = dir.resolve("w.log");
        LogSetup.apply(new LogSetup.Settings("warn", "text", file, "10MB", 7), Level.WARN);
        Logger log = LoggerFactory.getLogger("dev.orchard.test");
        log.info("hidden");
        log.warn("shown");
        assertThat(Files.readString(file)).contains("shown").doesNotContain("hidden");

        CliRun r = CliRun.run(Map.of("ORCHARD_LOG_FORMAT", "xml"), dir, "status", "--offline", "--username", "a@example.com");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).isEqualTo("orchard: --log-format must be text or json, got 'xml'");
    }

    @Test
    void secretsGivenAsOptionsAreMaskedToo() throws Exception {
        Path file = dir.resolve("o.log");
        CliRun r = CliRun.run(Map.of("ORCHARD_NOTIFY_NTFY_TOKEN", "ntfy-secret-77"), dir, "status", "--offline", "--username", "a@example.com",
                "--log-file", file.toString(), "--log-level", "debug");
        assertThat(r.exit).isNotEqualTo(2);
        LoggerFactory.getLogger("dev.orchard.test").warn("leak ntfy-secret-77");
        assertThat(Files.readString(file)).contains("leak ***");
    }
}
