package com.roamvault.console.audit;

import com.roamvault.protocol.audit.AuditEvent;
import java.util.Collection;
import java.util.Map;

/**
 * The names admins know the phones by (the Devices list), for the audit rows: an event carries
 * only the device's id. An id the list does not know (a device deleted since) shows shortened.
 */
final class DeviceNames {
    private static final int SHORT_ID = 8;
    private volatile Map<String, String> names = Map.of();

    /** Every device's name by id; replaced whole, so a worker thread may read a snapshot. */
    void replace(Map<String, String> byId) {
        names = Map.copyOf(byId);
    }

    Map<String, String> snapshot() {
        return names;
    }

    /** Whether some event names a device the list did not have (a phone registered since). */
    static boolean missingAny(Map<String, String> known, Collection<AuditEvent> events) {
        return events.stream().anyMatch(e -> e.deviceId() != null && !known.containsKey(e.deviceId()));
    }

    /** The device's name, else the start of its id; null for an event without a device. */
    String of(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            return null;
        }
        String name = names.get(deviceId);
        if (name != null && !name.isBlank()) {
            return name;
        }
        return deviceId.length() > SHORT_ID ? deviceId.substring(0, SHORT_ID) + "…" : deviceId;
    }
}
