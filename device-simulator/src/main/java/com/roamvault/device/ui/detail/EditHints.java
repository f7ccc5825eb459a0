package com.roamvault.device.ui.detail;

import com.roamvault.device.engine.DeviceSnapshot;

/**
 * Why the engine refuses Edit for a record, in the person's words. The engine decides (canEdit:
 * the list's permission and the signed mobileEditMode); this only says which of the two it was.
 */
final class EditHints {
    private EditHints() {
    }

    static String whyNot(DeviceSnapshot s) {
        String mode = s.policy() == null ? null : s.policy().mobileEditMode();
        if (mode == null || "off".equals(mode)) {
            return "Editing is off: your policy makes records read-only on this phone.";
        }
        return "View only: you may not modify the records of this list.";
    }
}
