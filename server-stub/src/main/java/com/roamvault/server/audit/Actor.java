package com.roamvault.server.audit;

import com.roamvault.server.http.Caller;

/** Who changes the vault, for the audit trail: platform (AdminConsole, API, ...), user and address. */
public record Actor(String platform, String username, String clientIp) {

    /** The security administrator behind an admin API request, as the audit trail names them. */
    public static Actor console(Caller caller) {
        return new Actor(AuditEntry.ADMIN_CONSOLE, caller.username(), caller.clientIp());
    }

    public AuditEntry event(String action, String detail) {
        return AuditEntry.server(platform, action, "success", username, null, clientIp, detail);
    }

    /** An event of this actor's about a user (their device, password, settings, account). */
    public AuditEntry eventAbout(String subjectUsername, String action, String detail) {
        return event(action, detail).about(subjectUsername);
    }
}
