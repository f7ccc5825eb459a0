package com.roamvault.console.audit;

import com.roamvault.protocol.audit.AuditEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One audit event as the table and the detail pane show it, times in the admin's zone, the device
 * by the name admins know it by ({@code deviceName}; null when the event has no device).
 */
public record AuditRow(AuditEvent event, String time, String deviceName) {
    public static final String OFFLINE = "offline";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static AuditRow of(AuditEvent event, ZoneId zone) {
        return of(event, zone, new DeviceNames());
    }

    static AuditRow of(AuditEvent event, ZoneId zone, DeviceNames names) {
        return new AuditRow(event, time(event.occurredAt(), zone), names.of(event.deviceId()));
    }

    public long seq() {
        return event.seq();
    }

    public String username() {
        return orDash(event.username());
    }

    /** Who acted and, for an admin's action on a user, whom it was about: "admin → CORP\\lchen". */
    public String who() {
        String subject = event.subjectUsername();
        return subject == null || subject.isBlank() || subject.equals(event.username()) ? username()
                : username() + " → " + subject;
    }

    /** The record's title and the detail, whichever the event has ("srv-win-01 · restored=2"). */
    public String summary() {
        boolean title = event.title() != null && !event.title().isBlank();
        boolean detail = event.detail() != null && !event.detail().isBlank();
        return title && detail ? event.title() + " · " + event.detail() : title ? event.title() : detail();
    }

    /** The user an admin's action was about, or a dash. */
    public String subject() {
        return orDash(event.subjectUsername());
    }

    public String action() {
        return event.action();
    }

    public String result() {
        return orDash(event.result());
    }

    public String origin() {
        return orDash(event.origin());
    }

    /** Recorded on a phone without a connection, uploaded later. */
    public boolean offline() {
        return OFFLINE.equals(event.origin());
    }

    /** The device's name (or the start of its id, when the Devices list does not know it). */
    public String device() {
        return orDash(deviceName);
    }

    public String title() {
        return orDash(event.title());
    }

    public String detail() {
        return orDash(event.detail());
    }

    /** Every field of the event, labelled, for the detail pane; occurredAt and receivedAt both shown. */
    public List<DetailLine> details(ZoneId zone) {
        List<DetailLine> lines = new ArrayList<>();
        lines.add(new DetailLine("seq", "Sequence", "#" + event.seq()));
        lines.add(new DetailLine("id", "Event id", orDash(event.id())));
        lines.add(new DetailLine("action", "Action", event.action() + " (" + result() + ")"));
        lines.add(new DetailLine("user", "User", username()));
        lines.add(new DetailLine("subject", "Subject", subject()));
        lines.add(new DetailLine("occurred", "Occurred", time(event.occurredAt(), zone)));
        lines.add(new DetailLine("received", "Received", time(event.receivedAt(), zone) + delay()));
        lines.add(new DetailLine("origin", "Origin", origin()));
        lines.add(new DetailLine("platform", "Platform", orDash(event.platform())));
        lines.add(new DetailLine("device", "Device", event.deviceId() == null ? "—"
                : device() + " · " + event.deviceId()));
        lines.add(new DetailLine("ip", "Client IP", orDash(event.clientIp())));
        lines.add(new DetailLine("record", "Record", event.recordId() == null ? "—"
                : "#" + event.recordId() + (event.listId() == null ? "" : " in list #" + event.listId())
                + (event.title() == null ? "" : " · " + event.title())));
        lines.add(new DetailLine("detail", "Detail", detail()));
        lines.add(new DetailLine("hash", "Hash", orDash(event.hash())));
        return lines;
    }

    /** " (uploaded 3 h 5 min after it occurred)" for events recorded offline; empty when received at once. */
    private String delay() {
        if (event.occurredAt() == null || event.receivedAt() == null) {
            return "";
        }
        Duration late = Duration.between(event.occurredAt(), event.receivedAt());
        if (late.toSeconds() < 60) {
            return "";
        }
        long days = late.toDays();
        long hours = late.toHoursPart();
        long minutes = late.toMinutesPart();
        String text = days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + minutes + " min"
                : minutes + " min";
        return " (uploaded " + text + " after it occurred)";
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** One labelled field; {@code key} gives the pane's node a stable id. */
    public record DetailLine(String key, String label, String value) {
    }
}
