package com.roamvault.attack.crashes;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What must hold after a phone was killed, checked by opening its folder again: it opens, no temp
 * file survives the open, the cache opens with the password (as the old or the new version, with
 * all the user's records), and every event reported durable is in the journal or on the server.
 */
final class CrashCheck {
    private CrashCheck() {
    }

    /** Null when everything held, else what did not. */
    static String after(Lab lab, Lab.TestUser user, int records, Path folder, Set<String> durable) {
        Device phone;
        try {
            phone = Device.open(folder, Lab.options("crash-check"));
        } catch (DeviceException e) {
            return "the phone did not open: " + e.code();
        }
        try {
            if (!Leftovers.in(folder).isEmpty()) {
                return "temp files survived the open: " + Leftovers.in(folder);
            }
            Set<String> known = new HashSet<>();
            phone.pendingAudit().stream().map(AuditUploadEvent::id).forEach(known::add);
            String cache = cache(phone, folder, user.password(), records);
            if (cache != null) {
                return cache;
            }
            if (!known.containsAll(durable)) {
                lab.audit(user.username(), null, null).stream().map(AuditEvent::id).forEach(known::add);
                long lost = durable.stream().filter(id -> !known.contains(id)).count();
                if (lost > 0) {
                    return lost + " event(s) reported durable were lost";
                }
            }
            return null;
        } finally {
            phone.close();
        }
    }

    private static String cache(Device phone, Path folder, String password, int records) {
        Lifecycle lifecycle = phone.snapshot().lifecycle();
        boolean onDisk = Files.exists(folder.resolve("cache.bin"));
        if (lifecycle == Lifecycle.LOCKED && !onDisk) {
            return "the phone is locked but its cache is gone";
        }
        if (!onDisk || lifecycle != Lifecycle.LOCKED) {
            return null; // not logged in yet: the next login writes a new cache
        }
        try {
            phone.qa().setNetwork(NetworkMode.OFFLINE);
            phone.unlockWithPassword(password);
            int found = phone.records().size();
            phone.lock();
            return found == records ? null : "the cache opened with " + found + " of " + records + " records";
        } catch (DeviceException e) {
            return "the cache did not open: " + e.code();
        }
    }
}
