package com.roamvault.device.engine.clock;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The durations of the scenario language: {@code 30s}, {@code 15m}, {@code 12h}, {@code 3d}, {@code -2d}. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("([+-]?)(\\d{1,9})([smhd])");
    private static final String EXPECTED = "expected a whole number and a unit s, m, h or d, "
            + "optionally signed, e.g. 30s, 15m, 12h, 3d or -2d";

    private DurationText() {
    }

    /** @throws IllegalArgumentException naming the text and the expected form */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no duration given: " + EXPECTED);
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration: " + EXPECTED);
        }
        long amount = Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return m.group(1).equals("-") ? unit.negated() : unit;
    }

    /** The shortest text {@link #parse} reads back, e.g. {@code 90m} for 1.5 hours; sub-second parts are dropped. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        String sign = seconds < 0 ? "-" : "";
        long abs = Math.abs(seconds);
        if (abs != 0 && abs % 86_400 == 0) {
            return sign + abs / 86_400 + "d";
        }
        if (abs != 0 && abs % 3_600 == 0) {
            return sign + abs / 3_600 + "h";
        }
        if (abs != 0 && abs % 60 == 0) {
            return sign + abs / 60 + "m";
        }
        return sign + abs + "s";
    }
}
