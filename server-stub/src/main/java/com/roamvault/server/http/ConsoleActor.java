package com.roamvault.server.http;

import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;
import io.javalin.http.Context;

/** The security administrator behind an admin API request, as the audit trail names them. */
public final class ConsoleActor {
    private ConsoleActor() {
    }

    public static Actor of(Context http) {
        Caller caller = Caller.of(http);
        return new Actor(AuditEntry.ADMIN_CONSOLE, caller.username(), caller.clientIp());
    }
}
