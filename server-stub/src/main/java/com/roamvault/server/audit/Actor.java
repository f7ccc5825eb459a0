package com.roamvault.server.audit;

/** Who changes the vault, for the audit trail: platform (AdminConsole, API, ...), user and address. */
public record Actor(String platform, String username, String clientIp) {

    public AuditEntry event(String action, String detail) {
        return AuditEntry.server(platform, action, "success", username, null, clientIp, detail);
    }
}
