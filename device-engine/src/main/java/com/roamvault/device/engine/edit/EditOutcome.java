package com.roamvault.device.engine.edit;

import com.roamvault.protocol.mobile.RecordDto;

/**
 * What became of an edit the phone accepted: {@code APPLIED} online ({@code record} is the
 * server's new version), or {@code QUEUED} ({@code record} is the cached record with the edit
 * applied, marked pending until the next sync sends it). A conflict is an
 * {@link EditConflictException}.
 */
public record EditOutcome(Kind kind, RecordDto record) {
    public enum Kind { APPLIED, QUEUED }
}
