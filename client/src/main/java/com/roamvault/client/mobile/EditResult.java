package com.roamvault.client.mobile;

import com.roamvault.protocol.mobile.RecordDto;

/** What the server made of a phone's edit: applied (the record with its new version), or a conflict. */
public sealed interface EditResult {

    /** The edit is the record's new version. */
    record Applied(RecordDto record) implements EditResult {
    }

    /**
     * The record changed since the version the edit started from: {@code current} is the server's
     * version, which stays; the edit is kept in the record's history. {@code message} is for a person.
     */
    record Conflict(RecordDto current, String message) implements EditResult {
    }
}
