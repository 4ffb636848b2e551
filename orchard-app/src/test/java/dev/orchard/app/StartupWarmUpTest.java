package dev.orchard.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupWarmUpTest {
    @Test
    void warmsUpForCommandsThatTalkToICloud() {
        assertThat(StartupWarmUp.talksToICloud(new String[] {"photos", "sync"})).isTrue();
        assertThat(StartupWarmUp.talksToICloud(new String[] {"-v", "run"})).isTrue();
        assertThat(StartupWarmUp.talksToICloud(new String[] {"login", "--username", "a@example.com"})).isTrue();
    }

    @Test
    void notForHelpVersionOrLocalCommands() {
        assertThat(StartupWarmUp.talksToICloud(new String[] {"photos", "sync", "--help"})).isFalse();
        assertThat(StartupWarmUp.talksToICloud(new String[] {"--version"})).isFalse();
        assertThat(StartupWarmUp.talksToICloud(new String[] {"status"})).isFalse();
        assertThat(StartupWarmUp.talksToICloud(new String[] {"fake-icloud", "--assets", "10"})).isFalse();
        assertThat(StartupWarmUp.talksToICloud(new String[0])).isFalse();
    }
}
