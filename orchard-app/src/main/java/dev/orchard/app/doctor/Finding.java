package dev.orchard.app.doctor;

/** One result of {@code orchard doctor}: what was checked, how it stands, and what to do when it is not ok. */
public record Finding(Level level, String topic, String what, String fix) {
    public enum Level { OK, WARN, FIX }

    public static Finding ok(String topic, String what) {
        return new Finding(Level.OK, topic, what, null);
    }

    public static Finding warn(String topic, String what, String fix) {
        return new Finding(Level.WARN, topic, what, fix);
    }

    public static Finding fix(String topic, String what, String fix) {
        return new Finding(Level.FIX, topic, what, fix);
    }
}
