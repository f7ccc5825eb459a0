package com.roamvault.device.guided;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.device.scenario.AdminApi;
import com.roamvault.protocol.Paths;
import java.util.Map;

/**
 * The administrator's part of the story: shortening one user's offline days, and putting the
 * override back exactly as it was found (none, or the old value) so the story can be played again.
 */
final class OfflineDaysOverride {
    private static final String OFFLINE_DAYS = "offlineCacheDays";

    private final AdminApi admin;
    private final String username;
    private JsonNode originalOverride;
    private boolean shortened;
    private Long userId;

    OfflineDaysOverride(AdminApi admin, String username) {
        this.admin = admin;
        this.username = username;
    }

    void shorten(int days) {
        JsonNode overrides = admin.get(Paths.adminUserMobile(userId())).path("overrides");
        originalOverride = overrides.path(OFFLINE_DAYS).deepCopy();
        admin.setUserOptions(userId(), Map.of(OFFLINE_DAYS, days));
        shortened = true;
    }

    void restore() {
        if (absent(originalOverride)) {
            admin.clearUserOption(userId(), OFFLINE_DAYS);
        } else {
            admin.setUserOptions(userId(), Map.of(OFFLINE_DAYS, originalOverride));
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
        int effective = effective();
        return StepResult.when(effective == days,
                "the server now gives " + username + " " + effective + " offline day",
                "the server still gives " + username + " " + effective + " offline days");
    }

    StepResult restoredCheck() {
        int effective = effective();
        JsonNode now = admin.get(Paths.adminUserMobile(userId())).path("overrides").path(OFFLINE_DAYS);
        boolean restored = absent(originalOverride) ? absent(now) : now.equals(originalOverride);
        return StepResult.when(restored, username + " is back to " + effective + " offline days; Restart plays it again",
                "the override of " + username + " was not put back (it is " + now + ")");
    }

    private int effective() {
        return admin.get(Paths.adminUserMobile(userId())).path("effective").path(OFFLINE_DAYS).asInt(-1);
    }

    private long userId() {
        if (userId == null) {
            userId = admin.userId(username);
        }
        return userId;
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull();
    }
}
