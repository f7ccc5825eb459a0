package com.roamvault.device.guided;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.protocol.admin.UserMobile;
import java.util.Map;

/**
 * The administrator's part of the story: shortening one user's offline days, and putting the
 * override back exactly as it was found (none, or the old value) so the story can be played again.
 */
final class OfflineDaysOverride {
    private static final String OFFLINE_DAYS = "offlineCacheDays";

    private final AdminClient admin;
    private final String username;
    private Integer originalOverride;
    private boolean shortened;
    private Long userId;

    OfflineDaysOverride(AdminClient admin, String username) {
        this.admin = admin;
        this.username = username;
    }

    void shorten(int days) {
        originalOverride = override(mobile());
        AdminCall.run("offline days", () -> admin.settings().patchUserOverrides(userId(), Map.of(OFFLINE_DAYS, days)));
        shortened = true;
    }

    void restore() {
        if (originalOverride == null) {
            AdminCall.run("offline days", () -> admin.settings().clearUserOverride(userId(), OFFLINE_DAYS));
        } else {
            AdminCall.run("offline days", () -> admin.settings().patchUserOverrides(userId(),
                    Map.of(OFFLINE_DAYS, originalOverride)));
        }
        shortened = false;
    }

    /** Abandoned after the administrator's step: the override goes back as it was. */
    void undo() {
        if (shortened) {
            restore();
        }
    }

    StepResult shortenedCheck(int days) {
        int effective = effective(mobile());
        return StepResult.when(effective == days,
                "the server now gives " + username + " " + effective + " offline day",
                "the server still gives " + username + " " + effective + " offline days");
    }

    StepResult restoredCheck() {
        UserMobile mobile = mobile();
        int effective = effective(mobile);
        Integer now = override(mobile);
        boolean restored = java.util.Objects.equals(now, originalOverride);
        return StepResult.when(restored, username + " is back to " + effective + " offline days; Restart plays it again",
                "the override of " + username + " was not put back (it is " + (now == null ? "null" : now) + ")");
    }

    private UserMobile mobile() {
        return AdminCall.run("user options", () -> admin.settings().user(userId()));
    }

    private static Integer override(UserMobile mobile) {
        return mobile.overrides() == null ? null : mobile.overrides().offlineCacheDays();
    }

    private static int effective(UserMobile mobile) {
        return mobile.effective() == null ? -1 : mobile.effective().offlineCacheDays();
    }

    private long userId() {
        if (userId == null) {
            userId = AdminCall.userId(admin, username);
        }
        return userId;
    }
}
