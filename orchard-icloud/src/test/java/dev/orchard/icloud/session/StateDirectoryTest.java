package dev.orchard.icloud.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StateDirectoryTest {
    @Test
    void followsHomeFromTheEnvironmentLikeOtherXdgTools() {
        assertThat(StateDirectory.resolve(Map.of("HOME", "/srv/nas-home")))
                .isEqualTo(Path.of("/srv/nas-home/.local/state/orchard"));
    }

    @Test
    void explicitDirectoryThenXdgStateHomeComeFirst() {
        assertThat(StateDirectory.resolve(Map.of("HOME", "/h", "XDG_STATE_HOME", "/x", "ORCHARD_STATE_DIR", "/o")))
                .isEqualTo(Path.of("/o"));
        assertThat(StateDirectory.resolve(Map.of("HOME", "/h", "XDG_STATE_HOME", "/x"))).isEqualTo(Path.of("/x/orchard"));
    }

    @Test
    void aMissingOrRelativeHomeFallsBackToTheSystemsIdeaOfHome() {
        Path system = Path.of(System.getProperty("user.home"));
        assertThat(StateDirectory.home(Map.of())).isEqualTo(system);
        assertThat(StateDirectory.home(Map.of("HOME", "relative/dir"))).isEqualTo(system);
        assertThat(StateDirectory.home(Map.of("HOME", " "))).isEqualTo(system);
    }
}
