package com.roamvault.console.users;

import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.ui.dialog.DialogService;

/** The question before unsaved option edits are dropped by picking another user. */
final class UnsavedEdits {
    static final String TITLE = "Discard unsaved changes?";
    static final String DISCARD = "Discard changes";
    static final String KEEP = "Keep editing";

    private final DialogService dialogs;

    UnsavedEdits(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** True when the admin chose to drop the edits of {@code editing} and go to {@code next}. */
    boolean discard(UserSummary editing, UserSummary next) {
        return dialogs.confirm(TITLE, "The Mobile Access Options of " + editing.username() + " have changes that "
                + "are not saved. Discard them and show " + next.username() + "?", DISCARD, KEEP);
    }
}
