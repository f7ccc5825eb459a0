package com.roamvault.device.ui.session;

/** The screens of the phone app; from {@link #RECORDS} on, pages a person moves between while unlocked. */
public enum Screen {
    PAIR, LOGIN, UNLOCK, END_STATE, RECORDS, DETAIL, SYNC, SETTINGS, CHANGE_PASSWORD, OTP_CODES, EDIT, CONFLICTS;

    public boolean unlockedPage() {
        return ordinal() >= RECORDS.ordinal();
    }
}
