package dev.orchard.app.daemon;

import dev.orchard.app.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {
    static final Instant T = Instant.parse("2026-03-01T10:17:00Z");

    @Test
    void intervalsCountFromTheEndOfTheLastRun() {
        Schedule s = Schedule.parse("6h", "--photos-schedule", ZoneOffset.UTC);
        assertThat(s.next(T)).isEqualTo(T.plus(Duration.ofHours(6)));
        assertThat(s.describe()).isEqualTo("every 6 h");
    }

    @Test
    void cronExpressionsGiveTheNextMatchingMinute() {
        Schedule s = Schedule.parse("0 3 * * *", "--photos-schedule", ZoneOffset.UTC);
        assertThat(s.next(T)).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
        assertThat(Schedule.parse("*/15 * * * *", "x", ZoneOffset.UTC).next(T)).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
    }

    @Test
    void offNeverRunsByItself() {
        assertThat(Schedule.parse("off", "x", ZoneOffset.UTC).next(T)).isNull();
    }

    @Test
    void badSchedulesNameTheOptionAndWhatIsAccepted() {
        assertThatThrownBy(() -> Schedule.parse("often", "--drive-schedule", ZoneOffset.UTC)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--drive-schedule: 'often' is not a schedule").hasMessageContaining("30m, 6h, 1d");
        assertThatThrownBy(() -> Schedule.parse("61 * * * *", "--drive-schedule", ZoneOffset.UTC)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not a cron expression");
    }
}
