package dev.orchard.app.logging;

import ch.qos.logback.classic.Level;
import dev.orchard.app.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

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
        assertThat(r.err.strip()).isEqualTo("orchard: --log-format must be text or json, got 'xml' (set by environment variable ORCHARD_LOG_FORMAT)");
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

    @Test
    void theLogFileRotatesBySizeIntoGzippedFilesWithoutLosingLinesOrLeakingSecrets() throws Exception {
        Scrubber.register("rot-secret-4411");
        Path file = dir.resolve("orchard.log");
        LogSetup.apply(new LogSetup.Settings("info", "text", file, "2KB", 7), Level.WARN);
        Logger log = LoggerFactory.getLogger("dev.orchard.test");
        int lines = 300;
        for (int i = 0; i < lines; i++) log.info("line {} of the rotation test, token rot-secret-4411", i);
        reset(); // stops the appender, which waits for the gzip of the last rolled file

        List<Path> rolled;
        try (Stream<Path> s = Files.list(dir)) {
            rolled = s.filter(p -> p.getFileName().toString().startsWith("orchard.log.") && p.toString().endsWith(".gz")).sorted().toList();
        }
        assertThat(rolled).hasSizeGreaterThan(2);
        assertThat(Files.size(file)).isLessThan(4 * 1024);
        StringBuilder all = new StringBuilder();
        for (Path gz : rolled) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        all.append(Files.readString(file));
        List<String> logged = all.toString().lines().filter(l -> l.contains("of the rotation test")).toList();
        assertThat(logged).hasSize(lines).allSatisfy(l -> assertThat(l).endsWith("token ***"));
        for (int i = 0; i < lines; i++) {
            String needle = " line " + i + " of ";
            assertThat(logged).filteredOn(l -> l.contains(needle)).hasSize(1);
        }
    }
}
