package dev.orchard.app.daemon;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.orchard.app.config.ConfigException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A classic five-field cron expression in the machine's time zone. */
public final class CronSchedule implements Schedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime times;
    private final ZoneId zone;

    private CronSchedule(String expression, ExecutionTime times, ZoneId zone) {
        this.expression = expression;
        this.times = times;
        this.zone = zone;
    }

    static CronSchedule parse(String expression, String option, ZoneId zone) {
        try {
            return new CronSchedule(expression, ExecutionTime.forCron(PARSER.parse(expression).validate()), zone);
        } catch (RuntimeException e) {
            throw new ConfigException(option + ": '" + expression + "' is not a cron expression (five fields: minute hour "
                    + "day-of-month month day-of-week, e.g. '0 3 * * *'): " + e.getMessage());
        }
    }

    @Override
    public Instant next(Instant after) {
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant).orElse(null);
    }

    @Override
    public String describe() {
        return "cron '" + expression + "'";
    }
}
