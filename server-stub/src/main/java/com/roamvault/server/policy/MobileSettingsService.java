package com.roamvault.server.policy;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.audit.FieldChanges;
import com.roamvault.server.store.Database;

/** The global Mobile App Settings: read, and patch with the change audited in the same transaction. */
public final class MobileSettingsService {
    private final Database db;
    private final PolicyService policies;
    private final AuditLog audit;

    public MobileSettingsService(Database db, PolicyService policies, AuditLog audit) {
        this.db = db;
        this.policies = policies;
        this.audit = audit;
    }

    public MobileSettings settings() {
        return db.read(policies::settings);
    }

    /** Fields left out stay as they are; the whole result is validated before it is stored. */
    public MobileSettings update(MobileSettingsPatch patch, Actor actor) {
        return db.tx(sql -> {
            MobileSettings old = policies.settings(sql);
            MobileSettings next = policies.updateSettings(sql, patch);
            FieldChanges changes = FieldChanges.between(old, next, "none");
            if (!changes.isEmpty()) {
                audit.append(sql, actor.event(AuditActions.SETTINGS_CHANGED, changes.toString()));
            }
            return next;
        });
    }
}
