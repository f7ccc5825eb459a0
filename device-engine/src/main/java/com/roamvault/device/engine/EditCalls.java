package com.roamvault.device.engine;

import com.roamvault.client.mobile.EditResult;
import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.edit.QueuedEdit;
import com.roamvault.device.engine.edit.ReplayCounters;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.PhoneServerErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sending the phone's edits: one at a time, and the queue before the next sync. An edit leaves the
 * queue only once the server answered it (applied, conflict, or refused); a lost request or answer
 * leaves it queued, and its unchanged editId makes the server answer the replay as the first call.
 */
final class EditCalls {
    /** Errors after which the same call can succeed later: the edit stays queued. */
    private static final Set<String> NOT_AN_ANSWER = Set.of(PhoneServerErrors.NETWORK_UNAVAILABLE,
            PhoneServerErrors.PIN_MISMATCH, "unauthorized", "device_revoked", "mobile_access_disabled",
            "rate_limited", "internal_error");

    private final PhoneCore core;
    private final ServerCalls online;
    private ReplayCounters counters = ReplayCounters.NONE;

    EditCalls(PhoneCore core, ServerCalls online) {
        this.core = core;
        this.online = online;
    }

    /** What the server said about one edit. */
    sealed interface Answer {
        record Applied(com.roamvault.protocol.mobile.RecordDto record) implements Answer {
        }

        record Conflict(PhoneConflict conflict, String message) implements Answer {
        }

        record Refused(DeviceException error) implements Answer {
        }
    }

    /** The queue sent: contents with the answered edits applied, and the conflicts they met. */
    record Replayed(CacheContents contents, List<PhoneConflict> newConflicts) {
    }

    ReplayCounters counters() {
        return counters;
    }

    Answer send(ServerSession session, String token, QueuedEdit edit) {
        count(new ReplayCounters(1, 0, 0, 0, 0));
        EditResult result;
        try {
            result = online.server(() -> session.editRecord(token, edit.recordId(), edit.toWire()));
        } catch (DeviceException e) {
            if (NOT_AN_ANSWER.contains(e.code())) {
                count(new ReplayCounters(0, 0, 0, 0, 1));
                throw e;
            }
            count(new ReplayCounters(0, 0, 0, 1, 0));
            return new Answer.Refused(e);
        }
        if (result instanceof EditResult.Conflict c) {
            count(new ReplayCounters(0, 0, 1, 0, 0));
            return new Answer.Conflict(new PhoneConflict(edit.editId(), edit.recordId(), edit.title(), edit.changes(),
                    c.current(), core.now()), c.message());
        }
        count(new ReplayCounters(0, 1, 0, 0, 0));
        return new Answer.Applied(((EditResult.Applied) result).record());
    }

    /**
     * Sends every queued edit, oldest first; the answered ones are sealed out of the queue at once.
     * When a call goes unanswered the error propagates (the sync does not happen).
     */
    Replayed replay(ServerSession session, String token, CacheContents contents) {
        List<QueuedEdit> queue = new ArrayList<>(contents.pendingEdits());
        List<PhoneConflict> conflicts = new ArrayList<>(contents.conflicts());
        List<PhoneConflict> fresh = new ArrayList<>();
        CacheContents working = contents;
        boolean answeredAny = false;
        try {
            while (!queue.isEmpty()) {
                QueuedEdit edit = queue.getFirst();
                Answer answer = send(session, token, edit);
                queue.removeFirst();
                answeredAny = true;
                switch (answer) {
                    case Answer.Applied a -> {
                        working = working.withRecord(a.record());
                        rebase(queue, edit, a.record().version());
                    }
                    case Answer.Conflict c -> {
                        working = working.withRecord(c.conflict().current());
                        conflicts.add(c.conflict());
                        fresh.add(c.conflict());
                    }
                    case Answer.Refused r -> core.notice(r.error().code());
                }
            }
        } finally {
            // sealed at once: a sync that fails after this must not send the answered edits again
            if (answeredAny && core.cache().isOpen()) {
                core.cache().update(working.withEdits(queue, conflicts), core.folder().sensor());
            }
        }
        return new Replayed(working.withEdits(queue, conflicts), fresh);
    }

    /** Later edits of the same record were made on top of this one: they now start from its new version. */
    private static void rebase(List<QueuedEdit> queue, QueuedEdit applied, long newVersion) {
        queue.replaceAll(q -> q.recordId() == applied.recordId() && q.baseVersion() == applied.baseVersion()
                ? q.rebasedOn(newVersion) : q);
    }

    private void count(ReplayCounters more) {
        counters = counters.plus(more);
    }
}
