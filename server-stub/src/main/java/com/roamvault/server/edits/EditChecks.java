package com.roamvault.server.edits;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a phone's edit must be (422) and may do (403) before it touches the record. */
final class EditChecks {
    static final int EDIT_ID_MAX = 64;

    private EditChecks() {
    }

    static void wellFormed(RecordEdit edit) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (edit.editId() == null || edit.editId().isBlank()) {
            problems.put("editId", "is required");
        } else if (edit.editId().length() > EDIT_ID_MAX) {
            problems.put("editId", "must be at most " + EDIT_ID_MAX + " characters");
        }
        if (edit.baseVersion() < 1) {
            problems.put("baseVersion", "must be the version the edit started from (1 or more)");
        }
        if (!"online".equals(edit.origin()) && !"offline".equals(edit.origin())) {
            problems.put("origin", "must be online or offline");
        }
        if (edit.changes() == null || edit.changes().isEmpty()) {
            problems.put("changes", "must name at least one field to change");
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }

    /** @param mayModify the user holds modify or admin with Mobile Access on the record's list */
    static void allowed(MobilePolicy policy, String origin, boolean mayModify) {
        if (!mayModify) {
            throw forbidden("You may view this record but not change it; ask for modify access to its list");
        }
        String mode = policy.mobileEditMode();
        if ("off".equals(mode)) {
            throw forbidden("Editing records from the phone is turned off for your account");
        }
        if ("offline".equals(origin) && !"offline".equals(mode)) {
            throw forbidden("Edits made offline are not allowed for your account; edit while connected");
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }
}
