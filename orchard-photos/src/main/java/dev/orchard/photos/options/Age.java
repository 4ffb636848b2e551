package dev.orchard.photos.options;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age such as {@code 400d}, {@code 18m} or {@code 2y}: an asset is older when its capture time, in the
 * time zone it was taken in, lies before now minus the age.
 */
public record Age(String text, Period period) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,5})([dmy])");

    public static Age parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("an age must be a whole number of days, months or years such as 400d, 18m or 2y, got '"
                    + text + "'");
        }
        int n = Integer.parseInt(m.group(1));
        Period p = switch (m.group(2)) {
            case "d" -> Period.ofDays(n);
            case "m" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        return new Age(t, p);
    }

    /** Whether a capture at {@code assetDate} (epoch ms) with {@code tzOffsetSeconds} is older than this age at {@code now}. */
    public boolean older(long assetDate, int tzOffsetSeconds, Instant now) {
        LocalDateTime taken = LocalDateTime.ofEpochSecond(Math.floorDiv(assetDate, 1000) + tzOffsetSeconds, 0, ZoneOffset.UTC);
        return taken.isBefore(LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(period));
    }

    @Override
    public String toString() {
        return text;
    }
}
