package com.roamvault.console.dashboard;

import com.roamvault.console.support.ActionNames;
import com.roamvault.protocol.audit.AuditEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One of the newest audit events as the dashboard lists it: when (in the admin's zone), who, what,
 * and whether it happened on a phone while offline (then it reached the server only later).
 */
public record EventRow(AuditEvent event, String time, String user, String action, String origin, boolean offline,
                       String uploaded) {
    public static final String OFFLINE = "offline";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

    public static EventRow of(AuditEvent event, ZoneId zone) {
        boolean offline = OFFLINE.equals(event.origin());
        return new EventRow(event, time(event.occurredAt(), zone), event.username() == null ? "—" : event.username(),
                readable(event.action()), offline ? "offline" : "online", offline,
                offline ? "Happened on the phone while offline; reached the server " + time(event.receivedAt(), zone)
                        : "");
    }

    /** "LOGIN_FAILED" reads as "Login failed". */
    static String readable(String action) {
        return ActionNames.readable(action);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }
}
