package com.roamvault.server.passwordstate;

import com.roamvault.protocol.ErrorCode;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;

/** What an {@code APIKey} may reach: every list (the system key) or only its own list. */
record ApiKeyScope(Long listId) {

    static ApiKeyScope system() {
        return new ApiKeyScope(null);
    }

    static ApiKeyScope list(long listId) {
        return new ApiKeyScope(listId);
    }

    boolean reaches(long list) {
        return listId == null || listId == list;
    }

    void requireList(long list) {
        if (!reaches(list)) {
            throw new PasswordstateException(ErrorCode.FORBIDDEN,
                    "This API key belongs to another password list and cannot reach list " + list);
        }
    }

    /** The audit trail names the key, never its value. */
    Actor actor(String clientIp) {
        return new Actor(AuditEntry.API, listId == null ? "APIKey:system" : "APIKey:list " + listId, clientIp);
    }
}
