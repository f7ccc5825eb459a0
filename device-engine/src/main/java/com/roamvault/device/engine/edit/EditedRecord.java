package com.roamvault.device.engine.edit;

import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;

/** How a cached record looks with an edit applied before the server saw it (a field left null stays). */
public final class EditedRecord {
    private EditedRecord() {
    }

    public static RecordDto apply(RecordDto r, RecordChanges c) {
        return new RecordDto(r.recordId(), r.listId(), or(c.title(), r.title()), or(c.username(), r.username()),
                or(c.password(), r.password()), or(c.url(), r.url()), or(c.notes(), r.notes()), r.domain(),
                r.updatedAt(), r.version(), or(c.otpUri(), r.otpUri()));
    }

    private static String or(String changed, String kept) {
        return changed != null ? changed : kept;
    }
}
