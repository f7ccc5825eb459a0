package com.roamvault.device.fleet;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.protocol.audit.AuditEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds each phone's journal against the server's audit log: every event a phone says the server
 * acknowledged must be there exactly once, under the phone's device id. Events are matched by
 * their journal ids; the one event journaled and handed in within the same call (the online
 * unlock) is matched by count.
 */
final class AuditCheck {
    private static final String PHONE_PLATFORM = "MobileApp";

    private AuditCheck() {
    }

    /** @param since no phone event of this run is older (the filter keeps a long-lived server's log out) */
    static AuditVerdict check(AdminClient admin, List<PhoneOutcome> phones, Instant since) {
        Map<String, List<AuditEvent>> byDevice = new HashMap<>();
        AuditFilter phoneEvents = AuditFilter.ALL.withPlatform(PHONE_PLATFORM).between(since, null);
        for (AuditEvent e : AdminCall.run("audit", () -> admin.audit().all(phoneEvents))) {
            byDevice.computeIfAbsent(String.valueOf(e.deviceId()), d -> new java.util.ArrayList<>()).add(e);
        }
        AuditVerdict total = AuditVerdict.NONE;
        for (PhoneOutcome phone : phones) {
            if (phone.deviceId() != null) {
                total = total.plus(check(phone, byDevice.getOrDefault(phone.deviceId(), List.of())));
            }
        }
        return total;
    }

    static AuditVerdict check(PhoneOutcome phone, List<AuditEvent> onServer) {
        Map<String, Integer> copies = new HashMap<>();
        long offlineOnServer = 0;
        for (AuditEvent e : onServer) {
            copies.merge(String.valueOf(e.id()).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            if ("offline".equals(e.origin())) {
                offlineOnServer++;
            }
        }
        long lost = 0;
        long doubled = 0;
        long handedInKnown = 0;
        for (String id : phone.knownEventIds()) {
            if (phone.pendingIds().contains(id)) {
                continue; // still on the phone: not handed in, so not expected on the server yet
            }
            handedInKnown++;
            int n = copies.getOrDefault(id.toLowerCase(java.util.Locale.ROOT), 0);
            lost += n == 0 ? 1 : 0;
            doubled += Math.max(0, n - 1);
        }
        long serverKnown = phone.knownEventIds().stream()
                .mapToLong(id -> copies.getOrDefault(id.toLowerCase(java.util.Locale.ROOT), 0)).sum();
        long expectedOthers = Math.max(0, phone.uploaded() - handedInKnown);
        long serverOthers = onServer.size() - serverKnown;
        lost += Math.max(0, expectedOthers - serverOthers);
        doubled += Math.max(0, serverOthers - expectedOthers);
        long offlineExpected = phone.offlineEventIds().stream().filter(id -> !phone.pendingIds().contains(id)).count();
        return new AuditVerdict(phone.uploaded(), onServer.size(), lost, doubled, phone.pendingIds().size(),
                offlineExpected, offlineOnServer);
    }
}
