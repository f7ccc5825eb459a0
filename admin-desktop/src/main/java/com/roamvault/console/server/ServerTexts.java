package com.roamvault.console.server;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the Server screen words a topology, an uptime and a moment, in the admin's time zone. */
final class ServerTexts {
    static final String ALL_IN_ONE = "all-in-one";
    static final String DMZ_CORE = "dmz-core";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ServerTexts() {
    }

    static String topology(String topology) {
        return switch (topology == null ? "" : topology) {
            case ALL_IN_ONE -> "All-in-one";
            case DMZ_CORE -> "DMZ (this is the core)";
            default -> topology;
        };
    }

    static String explained(String topology) {
        return switch (topology == null ? "" : topology) {
            case ALL_IN_ONE -> "One server answers the phones, this console and Passwordstate-API scripts, "
                    + "and keeps the database.";
            case DMZ_CORE -> "Phones reach only the App Servers in the DMZ; each passes their calls to this core "
                    + "over mutual TLS, and the core alone keeps the database and decides.";
            default -> "";
        };
    }

    /** "3 d 4 h", "2 h 5 min", "12 min", "40 s". */
    static String uptime(long seconds) {
        Duration up = Duration.ofSeconds(Math.max(0, seconds));
        if (up.toDays() > 0) {
            return up.toDays() + " d " + up.toHoursPart() + " h";
        }
        if (up.toHours() > 0) {
            return up.toHours() + " h " + up.toMinutesPart() + " min";
        }
        return up.toMinutes() > 0 ? up.toMinutes() + " min" : up.toSeconds() + " s";
    }

    /** "just now", "40 s ago", "12 min ago", "3 h ago", "2 d ago"; a clock a little ahead reads "just now". */
    static String ago(Instant then, Instant now) {
        long seconds = Duration.between(then, now).toSeconds();
        if (seconds < 1) {
            return "just now";
        }
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        return seconds < 86_400 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }
}
