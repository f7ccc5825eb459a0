package com.roamvault.server.vault;

import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.Permission;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;

/** Between the vault's own types and the admin API's wire records. */
final class AdminViews {
    private AdminViews() {
    }

    static ListDetail list(PasswordList l) {
        return new ListDetail(l.id(), l.name(), l.description(), l.recordCount(), l.apiKey());
    }

    static RecordDetail record(VaultRecord r) {
        return new RecordDetail(r.id(), r.listId(), r.title(), r.username(), r.password(), r.url(), r.notes(),
                r.domain(), r.description(), r.updatedAt(), r.revision(), r.otpUri(), r.version());
    }

    static RecordVersion version(StoredVersion v) {
        RecordFields f = v.fields();
        return new RecordVersion(v.version(), v.changedAt(), v.changedBy(), v.platform(), v.conflict(), f.title(),
                f.username(), f.password(), f.url(), f.notes(), f.domain(), f.description(), f.otpUri());
    }

    /** The admin API has no host name field; it stays as it is (null = unchanged on update). */
    static RecordFields fields(RecordRequest r) {
        return new RecordFields(r.title(), r.username(), r.password(), r.url(), r.notes(), r.domain(),
                r.description(), null, r.otpUri());
    }

    static Permission permission(Grant g) {
        return new Permission(g.userId(), g.groupId(), g.level(), g.mobileAccess());
    }

    /** A permission sent without {@code mobileAccess} does not reach phones: the safe default. */
    static Grant grant(Permission p) {
        return p == null ? null : new Grant(p.userId(), p.groupId(), p.level(), Boolean.TRUE.equals(p.mobileAccess()));
    }
}
