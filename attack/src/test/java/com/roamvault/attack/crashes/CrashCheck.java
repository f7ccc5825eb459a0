package com.roamvault.attack.crashes;

import com.roamvault.client.admin.ListsApi;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.edit.QueuedEdit;
import com.roamvault.device.scenario.AdminCall;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold after a phone was killed, checked by opening its folder again: it opens, no temp
 * file survives the open, the cache opens with the password (as the old or the new version, with
 * all the user's records, and at most the one edit the loop queues, shown on its record), and
 * every event reported durable is in the journal or on the server.
 */
final class CrashCheck {
    private CrashCheck() {
    }

    /** The loop queues an edit offline each round: the user may modify its list, offline edits allowed. */
    static void allowOfflineEdits(Lab lab, Lab.TestUser user) {
        AdminCall.run("grant", () -> lab.admin().lists().grant(user.listId(), ListsApi.mobileGrant(user.userId(),
                "modify")));
        AdminCall.run("mode", () -> lab.admin().settings().patchUserOverrides(user.userId(),
                Map.of("mobileEditMode", "offline")));
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
            String queue = queue(phone);
            phone.lock();
            if (queue != null) {
                return queue;
            }
            return found == records ? null : "the cache opened with " + found + " of " + records + " records";
        } catch (DeviceException e) {
            return "the cache did not open: " + e.code();
        }
    }

    /** The edit queue as the old or the new version: empty, or the one edit, already shown on its record. */
    private static String queue(Device phone) {
        List<QueuedEdit> pending = phone.edits().pending();
        if (pending.size() > 1) {
            return "the cache holds " + pending.size() + " queued edits, the loop queues one at a time";
        }
        if (pending.size() == 1) {
            QueuedEdit e = pending.getFirst();
            String shown = phone.records().stream().filter(r -> r.recordId() == e.recordId()).findFirst()
                    .map(r -> r.password()).orElse(null);
            if (!e.changes().password().equals(shown)) {
                return "a queued edit is not shown on its record";
            }
        }
        return null;
    }
}
