package com.roamvault.device.engine.edit;

import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordEdit;
import java.time.Instant;

/**
 * An edit made on the phone and not yet answered by the server, kept inside the encrypted cache.
 * {@code editId} is fixed when it is queued, so every replay is the same edit to the server
 * (which answers a replay as it answered the first call); {@code baseVersion} is the version it
 * was made from; {@code origin} is {@code offline} for an edit made without a connection.
 */
public record QueuedEdit(String editId, long recordId, String title, long baseVersion, Instant editedAt,
                         String origin, RecordChanges changes) {

    public RecordEdit toWire() {
        return new RecordEdit(editId, baseVersion, editedAt, origin, changes);
    }

    /** The same edit on a newer base: an earlier queued edit of the same record was applied first. */
    public QueuedEdit rebasedOn(long version) {
        return new QueuedEdit(editId, recordId, title, version, editedAt, origin, changes);
    }

    @Override
    public String toString() {
        return "QueuedEdit[editId=" + editId + ", recordId=" + recordId + ", baseVersion=" + baseVersion + "]";
    }
}
