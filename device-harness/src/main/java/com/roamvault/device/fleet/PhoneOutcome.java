package com.roamvault.device.fleet;

import java.util.Set;

/**
 * How one phone's run went, and what its journal says it handed to the server.
 *
 * @param deviceId the id the server gave the phone (null when it never logged in)
 * @param offlineEventIds the events the phone journaled while offline (read before it went online)
 * @param knownEventIds every event id read from the journal before the last upload (offline ones included)
 * @param uploaded events the server acknowledged, by the phone's own count
 * @param pendingIds events still in the phone's journal at the end (not handed in)
 * @param error why the run stopped, or null when every step passed
 */
public record PhoneOutcome(String phone, String username, String deviceId, Set<String> offlineEventIds,
                           Set<String> knownEventIds, long uploaded, Set<String> pendingIds, PhoneError error,
                           long wallNanos, long networkNanos, long cpuNanos) {

    public boolean passed() {
        return error == null;
    }
}
