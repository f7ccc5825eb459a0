package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheTerms;
import com.roamvault.device.engine.state.DeviceState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.protocol.audit.AuditActions;
import java.time.Duration;
import java.time.Instant;

/** Applies {@link OfflineRules} to a phone: locks, wipes and journals what the rules decide. */
final class LifecycleCheck {
    private final PhoneCore device;
    private final OfflineRules rules = new OfflineRules();

    LifecycleCheck(PhoneCore device) {
        this.device = device;
    }

    /**
     * The lifecycle rules, applied before every action: clock set back -> locked until online;
     * time to live over -> wiped; offline limit -> locked; idle too long -> auto-locked; zero
     * offline days and no connection -> locked.
     */
    void apply() {
        DeviceState s = device.state();
        if (s.lifecycle() != Lifecycle.LOCKED && s.lifecycle() != Lifecycle.UNLOCKED) {
            return;
        }
        Instant now = device.now();
        CacheTerms terms;
        try {
            terms = device.cache().terms();
        } catch (com.roamvault.device.engine.storage.TamperedDataException e) {
            return; // reported when someone tries to open the cache
        }
        switch (rules.evaluate(now, s.latestDeviceTimeSeen(), terms)) {
            case CLOCK_TAMPER -> {
                if (s.lockReason() != LockReason.CLOCK_TAMPER) {
                    device.journal(AuditActions.CLOCK_TAMPER_DETECTED, true, null,
                            "clock set back from " + s.latestDeviceTimeSeen() + " to " + now);
                    device.lockAs(LockReason.CLOCK_TAMPER);
                }
                return;
            }
            case EXPIRED -> {
                device.wipe(WipeReason.EXPIRED);
                return;
            }
            case OFFLINE_LIMIT -> {
                if (s.lockReason() != LockReason.OFFLINE_LIMIT) {
                    device.lockAs(LockReason.OFFLINE_LIMIT);
                }
            }
            case OK -> {
                if (s.lifecycle() == Lifecycle.UNLOCKED && device.cache().inMemoryOnly() && !device.network().online()) {
                    device.lockAs(LockReason.OFFLINE_DISABLED);
                } else if (s.lifecycle() == Lifecycle.UNLOCKED && idleTooLong(now, terms)) {
                    device.lockAs(LockReason.AUTO);
                }
            }
        }
        if (s.latestDeviceTimeSeen() == null || now.isAfter(s.latestDeviceTimeSeen())) {
            device.save(device.state().toBuilder().latestDeviceTimeSeen(now).build());
        }
    }

    private boolean idleTooLong(Instant now, CacheTerms terms) {
        return device.lastActivity() != null && terms != null
                && !now.isBefore(device.lastActivity().plus(Duration.ofMinutes(terms.policy().autoLockMinutes())));
    }

}
