package com.roamvault.device.engine.edit;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;

/**
 * {@code edit_conflict}: the record changed on the server since the version the phone edited.
 * The phone kept the conflict ({@link #conflict()}) and its cache took the server's record.
 */
public final class EditConflictException extends DeviceException {
    private final transient PhoneConflict conflict;

    public EditConflictException(PhoneConflict conflict, String message) {
        super(DeviceError.EDIT_CONFLICT, message);
        this.conflict = conflict;
    }

    public PhoneConflict conflict() {
        return conflict;
    }
}
