package dev.orchard.photos.library;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What the timeline shows: a view, an album or folder, a range of capture dates (the photo's own local
 * date, to-date inclusive), a media kind and part of a file name. Nulls mean "any".
 */
public record TimelineFilter(View view, AssetKey album, LocalDate from, LocalDate to, String media, String name) {
    public static final TimelineFilter ALL = new TimelineFilter(View.ALL, null, null, null, null, null);

    public TimelineFilter {
        if (view == null) view = View.ALL;
        if (media != null && !media.isEmpty() && !media.equals("photo") && !media.equals("video") && !media.equals("live")) {
            throw new IllegalArgumentException("unknown media type '" + media + "' (photo, video, live)");
        }
        if (media != null && media.isEmpty()) media = null;
        if (name != null && name.isBlank()) name = null;
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("the date range ends before it starts");
    }

    public TimelineFilter month(YearMonth month) {
        return new TimelineFilter(view, album, month.atDay(1), month.atEndOfMonth(), media, name);
    }

    long fromMillis() {
        return from.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    long toMillisExclusive() {
        return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    String namePattern() {
        return "%" + name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
