package com.roamvault.server.edits;

import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.server.vault.RecordFields;
import com.roamvault.server.vault.VaultRecord;

/** Between the vault's records and the phone's wire shapes. */
final class PhoneRecords {
    private PhoneRecords() {
    }

    /** The record as sync sends it. */
    static RecordDto dto(VaultRecord r) {
        return new RecordDto(r.id(), r.listId(), r.title(), r.username(), r.password(), r.url(), r.notes(), r.domain(),
                r.updatedAt(), r.version(), r.otpUri());
    }

    /** A phone changes only the fields it has; the others stay (null). */
    static RecordFields fields(RecordChanges c) {
        return new RecordFields(c.title(), c.username(), c.password(), c.url(), c.notes(), null, null, null,
                c.otpUri());
    }
}
