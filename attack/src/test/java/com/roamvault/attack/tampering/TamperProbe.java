package com.roamvault.attack.tampering;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.file.Path;
import java.util.List;

/** What the engine makes of one damaged copy of a phone folder, asked only through its public API. */
final class TamperProbe {
    private TamperProbe() {
    }

    /**
     * True when the damage is reported as {@code cache_tampered} before any password is tried: the
     * phone does not open, or its cache refuses an offline unlock with the right password without
     * counting a failed attempt.
     */
    static boolean detected(Path folder, String password) {
        Device phone;
        try {
            phone = Device.open(folder, Lab.options("tamper-try"));
        } catch (DeviceException e) {
            return e.code().equals("cache_tampered");
        }
        try {
            phone.qa().setNetwork(NetworkMode.OFFLINE);
            phone.unlockWithPassword(password);
            return false;
        } catch (DeviceException e) {
            return e.code().equals("cache_tampered") && phone.snapshot().failedUnlocks() == 0;
        } finally {
            phone.close();
        }
    }

    /**
     * True when "wipe and sign in again" gets the phone back: wiped with the journal's verified
     * events kept (all of them unless the journal itself was damaged, then a prefix), then a login
     * brings every record back and uploads the journal.
     */
    static boolean recovers(PhoneFiles source, Path folder, boolean journalDamaged) {
        Device phone;
        try {
            phone = Device.open(folder, Lab.options("tamper-recovery"));
            phone.wipeTampered();
        } catch (DeviceException e) {
            phone = Device.recoverTampered(folder, Lab.options("tamper-recovery"));
        }
        try {
            List<AuditUploadEvent> pending = phone.pendingAudit();
            if (pending.isEmpty() || !pending.getLast().detail().startsWith("reason=tampered")) {
                return false;
            }
            List<AuditUploadEvent> kept = pending.subList(0, pending.size() - 1);
            List<AuditUploadEvent> before = source.pending();
            boolean keptRight = journalDamaged ? kept.size() <= before.size() && before.subList(0, kept.size())
                    .equals(kept) : kept.equals(before);
            if (!keptRight) {
                return false;
            }
            if (phone.snapshot().lifecycle() == Lifecycle.UNPAIRED) {
                phone.pair(source.user().pairingCode());
            }
            phone.login(source.user().password());
            return phone.records().size() == source.records() && phone.pendingAudit().isEmpty();
        } catch (DeviceException e) {
            return false;
        } finally {
            phone.close();
        }
    }
}
