package com.roamvault.server.audit;

import com.roamvault.server.http.Caller;

/**
 * Who changes the vault, for the audit trail and a record's history: platform (AdminConsole, API,
 * MobileApp, ...), user (id when the actor is a user account; API keys have none), address, and for
 * a phone its device and whether it acted offline.
 */
public record Actor(String platform, String username, String clientIp, Long userId, String deviceId, String origin) {

    public Actor(String platform, String username, String clientIp) {
        this(platform, username, clientIp, null, null, null);
    }

    /** The security administrator behind an admin API request, as the audit trail names them. */
    public static Actor console(Caller caller) {
        return new Actor(AuditEntry.ADMIN_CONSOLE, caller.username(), caller.clientIp(), caller.userId(), null, null);
    }

    /** A phone's user acting through the App Server; {@code origin} is online or offline as the phone says. */
    public static Actor phone(Caller caller, String origin) {
        return new Actor(AuditEntry.MOBILE_APP, caller.username(), caller.clientIp(), caller.userId(),
                caller.deviceId(), origin);
    }

    public AuditEntry event(String action, String detail) {
        AuditEntry entry = AuditEntry.server(platform, action, "success", username, deviceId, clientIp, detail);
        return origin == null ? entry : entry.withOrigin(origin);
    }

    /** An event of this actor's about a user (their device, password, settings, account). */
    public AuditEntry eventAbout(String subjectUsername, String action, String detail) {
        return event(action, detail).about(subjectUsername);
    }
}
