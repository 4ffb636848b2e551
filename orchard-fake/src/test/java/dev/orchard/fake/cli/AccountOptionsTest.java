package dev.orchard.fake.cli;

import dev.orchard.fake.FakeICloud;
import dev.orchard.fake.auth.FakeAccount;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountOptionsTest {
    private static FakeICloudCommand parse(String... args) {
        FakeICloudCommand command = new FakeICloudCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void knobsReachTheAccount() {
        FakeICloudCommand command = parse("--port", "0", "--proxy-port", "-1", "--account", "knobs@example.com",
                "--mfa", "sms-only", "--verify-409", "--no-auto-push", "--adp", "--adp-approve-after", "4", "--trust-days", "9",
                "--no-web-access", "--domain-to-use", "iCloud.com.cn", "--protocol", "s2k_fo", "--require-oauth-state");
        try (FakeICloud fake = FakeICloud.start(command.config())) {
            FakeAccount a = fake.account("knobs@example.com");
            assertThat(a.verifyAnswers409()).isTrue();
            assertThat(a.autoPushAtChallenge()).isFalse();
            assertThat(a.adp()).isTrue();
            assertThat(a.adpApproveAfterPolls()).isEqualTo(4);
            assertThat(a.trustLifetime()).isEqualTo(Duration.ofDays(9));
            assertThat(a.webAccessAllowed()).isFalse();
            assertThat(a.domainToUse()).isEqualTo("iCloud.com.cn");
            assertThat(a.protocol()).isEqualTo("s2k_fo");
            assertThat(fake.auth().requireOAuthState()).isTrue();
        }
    }

    @Test
    void badValuesFailBeforeTheFakeStarts() {
        assertThatThrownBy(() -> parse("--trust-days", "0").config())
                .hasMessage("account knob 'trustDays': trust lifetime must be positive");
        assertThatThrownBy(() -> parse("--protocol", "md5").config())
                .hasMessage("account knob 'protocol': protocol must be s2k or s2k_fo");
        assertThatThrownBy(() -> parse("--mfa-code", "12").config()).hasMessage("a 2FA code is six digits");
    }
}
