package com.roamvault.device.engine.edit;

import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Instant;

/**
 * An edit the server refused as a conflict, kept on the phone (inside the encrypted cache) for
 * the conflict screen: what the user typed ({@code mine}) and the record as the server now holds
 * it ({@code current}, which the cache took). The server kept {@code mine} in the record's history.
 */
public record PhoneConflict(String editId, long recordId, String title, RecordChanges mine, RecordDto current,
                            Instant at) {
    @Override
    public String toString() {
        return "PhoneConflict[editId=" + editId + ", recordId=" + recordId + "]";
    }
}
