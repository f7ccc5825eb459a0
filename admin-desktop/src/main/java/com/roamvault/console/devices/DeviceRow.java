package com.roamvault.console.devices;

import com.roamvault.protocol.admin.DeviceDetail;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One device as the table shows it: times in the admin's zone, the lease as a countdown to the wipe. */
public record DeviceRow(DeviceDetail device, String registered, String lastSync, String lease) {
    public static final String ACTIVE = "active";
    public static final String REVOKED = "revoked";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static DeviceRow of(DeviceDetail device, Instant now, ZoneId zone) {
        return new DeviceRow(device, time(device.registeredAt(), zone), time(device.lastSyncAt(), zone),
                countdown(device.leaseExpiresAt(), now));
    }

    public String deviceId() {
        return device.deviceId();
    }

    public String username() {
        return device.username();
    }

    public String deviceName() {
        return device.deviceName();
    }

    public String platform() {
        return device.platform();
    }

    public String status() {
        return device.status();
    }

    public boolean active() {
        return ACTIVE.equals(device.status());
    }

    /** "wipes in 13 d 4 h", "wipes in 3 h 12 min", "wipes in 5 min", "expired", or "no lease yet". */
    static String countdown(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return "no lease yet";
        }
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return "expired";
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        String text = days > 0 ? days + " d " + hours + " h"
                : hours > 0 ? hours + " h " + minutes + " min"
                : Math.max(1, minutes) + " min";
        return "wipes in " + text;
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "never" : TIME.format(instant.atZone(zone));
    }
}
