package com.roamvault.device.engine.journal;

import com.roamvault.device.engine.keystore.KeystoreKey;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.device.engine.storage.TamperedDataException;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The phone's audit journal (journal.bin): every device action, kept until the server has
 * acknowledged it. Encrypted with the keystore's device key, not the master password, so failed
 * unlocks and wipes are journaled while nobody can unlock; it is a file of its own, so wiping the
 * cache leaves it. Each event gets a UUID when recorded and keeps it, so an upload repeated after
 * a failure is neither lost nor counted twice (the server deduplicates by id). Each event is
 * sealed on its own ({@link JournalCodec}), so a damaged journal can be {@linkplain #salvage salvaged}:
 * the events before the first bad byte are kept.
 */
public final class AuditJournal {
    public static final String FILE = "journal.bin";

    private final Path file;
    private final JournalCodec codec;
    private final Clock clock;
    private final List<AuditUploadEvent> pending;
    private long uploaded;

    /**
     * Loads the journal of a device folder; {@code clock} is the phone's (events carry device time).
     *
     * @throws TamperedDataException when journal.bin does not decrypt under the device key
     */
    public AuditJournal(Path deviceFolder, KeystoreKey deviceKey, Clock clock) {
        this(deviceFolder, deviceKey, clock, false);
    }

    private AuditJournal(Path deviceFolder, KeystoreKey deviceKey, Clock clock, boolean salvage) {
        this.file = deviceFolder.resolve(FILE);
        this.codec = new JournalCodec(deviceKey);
        this.clock = clock;
        JournalCodec.Decoded loaded = load();
        if (!loaded.intact() && !salvage) {
            throw new TamperedDataException(file, loaded.damage());
        }
        this.pending = new ArrayList<>(loaded.content().pending());
        this.uploaded = loaded.content().uploaded();
        if (!loaded.intact()) {
            save();
        }
    }

    /**
     * Loads a journal that may be damaged, keeping the events that verify up to the first bad one
     * (none when the file's start is damaged), and saves it whole again.
     */
    public static AuditJournal salvage(Path deviceFolder, KeystoreKey deviceKey, Clock clock) {
        return new AuditJournal(deviceFolder, deviceKey, clock, true);
    }

    /** Whether journal.bin of a folder is intact (or absent); reads it, changes nothing. */
    public static boolean intact(Path deviceFolder, KeystoreKey deviceKey) {
        byte[] raw = AtomicFile.readIfExists(deviceFolder.resolve(FILE));
        return raw == null || new JournalCodec(deviceKey).decode(raw).intact();
    }

    /**
     * Records a phone action at the current device time and saves the journal before returning.
     *
     * @param action one of {@link AuditActions#PHONE}
     * @param success the {@code result}: success or failure
     * @param recordId the record concerned, or null
     * @param listId its list, or null
     * @param detail e.g. {@code method=biometric} or {@code reason=expired}, or null
     */
    public synchronized AuditUploadEvent record(String action, boolean success, Long recordId, Long listId,
                                                Origin origin, String detail) {
        if (!AuditActions.PHONE.contains(action)) {
            throw new IllegalArgumentException(action + " is not a phone action; expected one of " + AuditActions.PHONE);
        }
        AuditUploadEvent event = new AuditUploadEvent(UUID.randomUUID().toString(), clock.instant(), action,
                success ? "success" : "failure", recordId, listId, origin.wire(), detail);
        pending.add(event);
        try {
            save();
        } catch (RuntimeException e) {
            pending.remove(pending.size() - 1);
            throw e;
        }
        return event;
    }

    /** All events not yet acknowledged, oldest first. */
    public synchronized List<AuditUploadEvent> pending() {
        return List.copyOf(pending);
    }

    /** The oldest pending events, at most {@link AuditUpload#MAX_EVENTS} (one upload call). */
    public synchronized List<AuditUploadEvent> nextBatch() {
        return List.copyOf(pending.subList(0, Math.min(pending.size(), AuditUpload.MAX_EVENTS)));
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    /** How many events the server has acknowledged over the life of this journal. */
    public synchronized long uploadedCount() {
        return uploaded;
    }

    /**
     * Deletes the events the server confirmed; unknown or already deleted ids are ignored, so
     * acknowledging twice is harmless. Call it only after the server's answer arrived.
     *
     * @return how many events were deleted
     */
    public synchronized int acknowledge(Collection<String> ids) {
        Set<String> confirmed = new HashSet<>(ids);
        List<AuditUploadEvent> kept = new ArrayList<>(pending.size());
        for (AuditUploadEvent e : pending) {
            if (!confirmed.contains(e.id())) {
                kept.add(e);
            }
        }
        int removed = pending.size() - kept.size();
        if (removed == 0) {
            return 0;
        }
        List<AuditUploadEvent> before = List.copyOf(pending);
        pending.clear();
        pending.addAll(kept);
        uploaded += removed;
        try {
            save();
        } catch (RuntimeException e) {
            pending.clear();
            pending.addAll(before);
            uploaded -= removed;
            throw e;
        }
        return removed;
    }

    private JournalCodec.Decoded load() {
        byte[] raw = AtomicFile.readIfExists(file);
        if (raw == null) {
            return new JournalCodec.Decoded(new JournalFile(JournalFile.FORMAT, 0, List.of()), null);
        }
        return codec.decode(raw);
    }

    private void save() {
        AtomicFile.write(file, codec.encode(new JournalFile(JournalFile.FORMAT, uploaded, pending)));
    }
}
