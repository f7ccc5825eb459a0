package com.roamvault.device.engine.journal;

import com.roamvault.protocol.audit.AuditUploadEvent;
import java.util.List;

/** The content of journal.bin: events not yet acknowledged, oldest first, and how many were. */
record JournalFile(int format, long uploaded, List<AuditUploadEvent> pending) {
    static final int FORMAT = 2;
}
