package com.roamvault.device.ui.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and durations read on the phone: "3 d 4 h", "14:05", "Tue 12 May 14:05". */
public final class Texts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private Texts() {
    }

    /** The two largest units of a remaining time: {@code 3 d 4 h}, {@code 4 h 12 min}, {@code 45 s}. */
    public static String countdown(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return "0 s";
        }
        // a countdown rounds up: 29.9 s left still reads "30 s"
        Duration d = remaining.plusNanos(999_999_999).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        if (minutes > 0) {
            return minutes + " min";
        }
        return d.toSecondsPart() + " s";
    }

    public static String clock(Instant t) {
        return t == null ? "--:--" : CLOCK.format(t.atZone(zone()));
    }

    public static String clockWithSeconds(Instant t) {
        return t == null ? "--:--:--" : CLOCK_SECONDS.format(t.atZone(zone()));
    }

    public static String date(Instant t) {
        return t == null ? "" : DATE.format(t.atZone(zone()));
    }

    public static String dateTime(Instant t) {
        return t == null ? "never" : DATE_TIME.format(t.atZone(zone()));
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
