package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolePromptTest {
    @Test
    void doesNotReadTheTerminalBeforeACodeIsWanted() throws Exception {
        MfaBroker broker = new MfaBroker(Duration.ofSeconds(10));
        BufferedReader in = new BufferedReader(new StringReader("the-password\n123456\n"));
        StringWriter printed = new StringWriter();
        new ConsolePrompt(broker, in, new PrintWriter(printed, true)).start();
        // Something else (the password prompt) reads first; the code reader must not have taken its line.
        assertThat(in.readLine()).isEqualTo("the-password");
        String code = broker.awaitCode(new MfaPrompt("me@example.com", 6, true, List.of(), CodeDelivery.DEVICE, null, 1, false,
                (d, p) -> { }));
        assertThat(code).isEqualTo("123456");
        assertThat(printed.toString()).contains("Apple sent a 6-digit verification code to your trusted devices");
    }
}
