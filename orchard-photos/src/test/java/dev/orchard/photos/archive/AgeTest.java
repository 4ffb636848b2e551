package dev.orchard.photos.archive;

import dev.orchard.photos.options.Age;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgeTest {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void daysMonthsAndYearsCountFromTheLocalCaptureTime() {
        long justOver = Instant.parse("2025-12-03T11:00:00Z").toEpochMilli();
        assertThat(Age.parse("1y").older(justOver, 0, NOW)).isTrue();
        assertThat(Age.parse("1y").older(justOver, 2 * 3600, NOW)).as("13:00 where it was taken").isFalse();
        assertThat(Age.parse("12m").older(justOver, 0, NOW)).isTrue();
        assertThat(Age.parse("365D").older(justOver, 0, NOW)).isTrue();
        assertThat(Age.parse("400d").older(justOver, 0, NOW)).isFalse();
    }

    @Test
    void anythingElseIsOneLineSayingWhatIsAccepted() {
        for (String bad : new String[]{"", "400", "2w", "-3d", "0d", "1.5y", "d"}) {
            assertThatThrownBy(() -> Age.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an age must be a whole number of days, months or years such as 400d, 18m or 2y, got '" + bad + "'");
        }
    }
}
