package dev.orchard.app.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Locale;

/** Durations written as {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, plain seconds, or ISO-8601 {@code PT10M}. */
public final class DurationConverter implements ITypeConverter<Duration> {
    /** Long enough for any setting; longer ones overflow when added to a date. */
    static final Duration LONGEST = Duration.ofDays(36_500);

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) return positive(Duration.parse(v.toUpperCase(Locale.ROOT)), value);
            char unit = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
            String number = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
            long n = Long.parseLong(number.strip());
            Duration d = switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> {
                    if (!Character.isDigit(unit)) throw new NumberFormatException();
                    yield Duration.ofSeconds(n);
                }
            };
            return positive(d, value);
        } catch (TypeConversionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (use e.g. 90s, 10m, 2h, 1d)");
        }
    }

    private static Duration positive(Duration d, String value) {
        if (d.isNegative() || d.isZero()) throw new TypeConversionException("'" + value + "' must be longer than zero");
        if (d.compareTo(LONGEST) > 0) throw new TypeConversionException("'" + value + "' is too long (at most " + LONGEST.toDays() + "d)");
        return d;
    }
}
