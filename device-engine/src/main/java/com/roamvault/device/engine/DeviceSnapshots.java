package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheTerms;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.state.DeviceState;
import java.time.Instant;

/** Builds a {@link DeviceSnapshot} from a device's parts. */
final class DeviceSnapshots {
    private DeviceSnapshots() {
    }

    static DeviceSnapshot of(PhoneCore d) {
        DeviceState s = d.state();
        Instant now = d.now();
        CacheTerms terms;
        try {
            terms = d.cache().terms();
        } catch (DeviceException e) {
            terms = null;
        }
        boolean open = d.cache().isOpen();
        int records = open ? d.cache().contents().records().size() : 0;
        return new DeviceSnapshot(d.name(), s.lifecycle(), s.lockReason(), s.wipeReason(), s.username(), s.deviceId(),
                s.serverUrl(), s.pin(), d.network().mode(), now,
                terms == null || terms.lastSyncDeviceTime() == null ? null : OfflineRules.expiresAt(terms),
                terms == null ? null : terms.lastSyncDeviceTime(), records, d.folder().sensor().state(),
                d.folder().sensor().enrolledFingers(), d.folder().journal().pendingCount(),
                d.folder().journal().uploadedCount(), s.consecutiveFailedUnlocks(),
                terms == null ? null : terms.policy(), d.clipboard().title(now).orElse(null),
                d.clipboard().clearsAt(now).orElse(null), d.lastError(),
                open ? d.cache().contents().pendingEdits().size() : 0, open ? d.cache().contents().conflicts().size() : 0);
    }
}
