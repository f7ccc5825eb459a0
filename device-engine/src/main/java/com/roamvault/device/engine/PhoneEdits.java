package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.CacheContents;
import com.roamvault.device.engine.edit.EditConflictException;
import com.roamvault.device.engine.edit.EditMode;
import com.roamvault.device.engine.edit.EditOutcome;
import com.roamvault.device.engine.edit.EditedRecord;
import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.edit.QueuedEdit;
import com.roamvault.device.engine.edit.ReplayCounters;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.journal.Origin;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.password.PasswordGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Editing records on the phone (API.md, {@code PUT /api/mobile/v1/records/{id}}). Allowed when
 * the list's {@code canEdit} and the signed lease's {@code mobileEditMode} say so, else
 * {@code edit_not_allowed} without a call. Online an edit is sent at once; without a connection
 * and with {@code mobileEditMode: offline} it is queued inside the encrypted cache (journaled
 * {@code RECORD_EDITED_OFFLINE}) and sent, before anything else, by the next sync or online unlock.
 * With {@code mobileEditMode: online} an edit without a connection is {@code edit_not_allowed}.
 * A wipe destroys the cache and with it any queued edit (the journal still says one was made).
 */
public final class PhoneEdits {
    private final PhoneCore core;
    private final PhoneActions actions;
    private final LifecycleCheck lifecycle;
    private final OnlineSteps online;
    private final EditCalls calls;
    private final PasswordGenerator generator = new PasswordGenerator();

    PhoneEdits(PhoneCore core, PhoneActions actions, LifecycleCheck lifecycle, OnlineSteps online) {
        this.core = core;
        this.actions = actions;
        this.lifecycle = lifecycle;
        this.online = online;
        this.calls = online.edits();
    }

    /** Whether the Edit action shows for this record (its list's canEdit and the signed mode); false when locked. */
    public boolean canEdit(long recordId) {
        return actions.quietly(() -> core.cache().isOpen() && refusal(CachedRecords.byId(core, recordId)) == null);
    }

    /**
     * Edits a cached record with the fields {@code changes} sets.
     *
     * @throws DeviceException {@code edit_not_allowed}, {@code forbidden} (the server refused),
     *         {@code network_unavailable} (online only, not queued), or {@link EditConflictException}
     */
    public EditOutcome edit(long recordId, RecordChanges changes) {
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("an edit must change at least one field");
        }
        return actions.perform(() -> {
            lifecycle.apply();
            core.requireUnlocked();
            RecordDto record = CachedRecords.byId(core, recordId);
            String refused = refusal(record);
            if (refused != null) {
                throw new DeviceException(DeviceError.EDIT_NOT_ALLOWED, refused);
            }
            requireValidOtpUri(changes);
            EditMode mode = mode();
            core.touch();
            if (core.network().online()) {
                QueuedEdit edit = queued(record, changes, Origin.ONLINE);
                try {
                    return sendNow(edit);
                } catch (DeviceException e) {
                    if (mode != EditMode.OFFLINE || !e.code().equals("network_unavailable")) {
                        throw e;
                    }
                    return queue(record, edit);
                }
            }
            if (mode != EditMode.OFFLINE) {
                throw new DeviceException(DeviceError.EDIT_NOT_ALLOWED, "Edits without a connection are not "
                        + "allowed for you (phone edits: online only): connect to the App Server to edit");
            }
            return queue(record, queued(record, changes, Origin.OFFLINE));
        });
    }

    /** Edits waiting to be sent, oldest first. */
    public List<QueuedEdit> pending() {
        return actions.quietly(() -> core.cache().isOpen() ? core.cache().contents().pendingEdits() : List.of());
    }

    /** Whether the cached record shows an edit the server has not seen yet. */
    public boolean isPending(long recordId) {
        return pending().stream().anyMatch(e -> e.recordId() == recordId);
    }

    /** Edits the server refused as conflicts since the last sync (a sync keeps only those it met). */
    public List<PhoneConflict> conflicts() {
        return actions.quietly(() -> core.cache().isOpen() ? core.cache().contents().conflicts() : List.of());
    }

    /** The user has read the conflicts: they leave the phone. */
    public void dismissConflicts() {
        actions.act(() -> {
            core.requireUnlocked();
            CacheContents c = core.cache().contents();
            core.cache().update(c.withEdits(c.pendingEdits(), List.of()), core.folder().sensor());
        });
    }

    /** A new password by the same rules as the server's generator, made on the phone (offline too). */
    public String generatePassword(int length) {
        return generator.generate(length);
    }

    /** What sending edits has taken since the phone opened (for the fleet's figures). */
    public ReplayCounters counters() {
        return actions.quietly(calls::counters);
    }

    private EditOutcome sendNow(QueuedEdit edit) {
        ServerSession session = core.network().session(core.state());
        return online.withFreshToken(token -> {
            CacheContents contents = core.cache().contents();
            if (!contents.pendingEdits().isEmpty()) {
                contents = calls.replay(session, token, contents).contents();
            }
            EditCalls.Answer answer = calls.send(session, token, edit);
            switch (answer) {
                case EditCalls.Answer.Applied a -> {
                    core.cache().update(contents.withRecord(a.record()), core.folder().sensor());
                    return new EditOutcome(EditOutcome.Kind.APPLIED, a.record());
                }
                case EditCalls.Answer.Conflict c -> {
                    List<PhoneConflict> conflicts = new ArrayList<>(contents.conflicts());
                    conflicts.add(c.conflict());
                    core.cache().update(contents.withRecord(c.conflict().current())
                            .withEdits(contents.pendingEdits(), conflicts), core.folder().sensor());
                    throw new EditConflictException(c.conflict(), c.message());
                }
                case EditCalls.Answer.Refused r -> throw r.error();
            }
        });
    }

    private EditOutcome queue(RecordDto record, QueuedEdit edit) {
        CacheContents c = core.cache().contents();
        List<QueuedEdit> pending = new ArrayList<>(c.pendingEdits());
        pending.add(edit);
        RecordDto shown = EditedRecord.apply(CachedRecords.byId(core, record.recordId()), edit.changes());
        core.cache().update(c.withRecord(shown).withEdits(pending, c.conflicts()), core.folder().sensor());
        core.journal(AuditActions.RECORD_EDITED_OFFLINE, true, record, "fields=" + fieldNames(edit.changes()));
        return new EditOutcome(EditOutcome.Kind.QUEUED, shown);
    }

    private QueuedEdit queued(RecordDto record, RecordChanges changes, Origin origin) {
        return new QueuedEdit(UUID.randomUUID().toString(), record.recordId(), record.title(), record.version(),
                core.now(), origin.wire(), changes);
    }

    /** Why this record may not be edited here, or null when it may. */
    private String refusal(RecordDto record) {
        if (mode() == EditMode.OFF) {
            return "Phone edits are off for you: records are read-only on this phone";
        }
        boolean listAllows = CachedRecords.list(core, record.listId()).map(ListDto::canEdit).orElse(false);
        return listAllows ? null : "You may not modify records of this list from the phone";
    }

    private EditMode mode() {
        return EditMode.of(core.cache().contents().policy().mobileEditMode());
    }

    private static void requireValidOtpUri(RecordChanges changes) {
        if (changes.otpUri() != null && !changes.otpUri().isBlank()) {
            String problem = OtpUri.problem(changes.otpUri());
            if (problem != null) {
                throw DeviceException.fromServer("validation_failed", "otpUri: " + problem);
            }
        }
    }

    private static String fieldNames(RecordChanges c) {
        List<String> names = new ArrayList<>();
        addIf(names, c.title(), "title");
        addIf(names, c.username(), "username");
        addIf(names, c.password(), "password");
        addIf(names, c.url(), "url");
        addIf(names, c.notes(), "notes");
        addIf(names, c.otpUri(), "otpUri");
        return String.join(",", names);
    }

    private static void addIf(List<String> names, String value, String name) {
        if (value != null) {
            names.add(name);
        }
    }
}
