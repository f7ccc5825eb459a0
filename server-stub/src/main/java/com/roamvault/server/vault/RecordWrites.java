package com.roamvault.server.vault;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.store.Sql;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a record's values: each write bumps the vault revision and the record's version, stamps
 * who wrote it, keeps the values it replaces in the history, and is audited naming the changed
 * fields (never their values). Callers supply the transaction.
 */
final class RecordWrites {
    private static final List<Field> FIELDS = List.of(new Field("title", RecordFields::title),
            new Field("username", RecordFields::username), new Field("password", RecordFields::password),
            new Field("url", RecordFields::url), new Field("notes", RecordFields::notes),
            new Field("domain", RecordFields::domain), new Field("description", RecordFields::description),
            new Field("hostName", RecordFields::hostName), new Field("otpUri", RecordFields::otpUri));

    private final Clock clock;
    private final AuditLog audit;

    RecordWrites(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    long create(Sql sql, long listId, RecordFields f, Actor actor) throws SQLException {
        RecordValidation.check(f, true);
        long revision = Revisions.next(sql);
        long id = sql.insert("INSERT INTO records (list_id, title, username, url, domain, description, host_name, "
                        + "updated_at, revision, version, changed_by_id, changed_by, changed_platform) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                listId, f.title().strip(), f.username(), f.url(), f.domain(), f.description(), f.hostName(),
                clock.millis(), revision, actor.userId(), actor.username(), actor.platform());
        RecordSecrets.store(sql, id, f.password(), f.notes(), blankAsNull(f.otpUri()));
        audit.append(sql, actor.event(AuditActions.RECORD_CREATED, null).withRecord(id, listId, f.title().strip()));
        return id;
    }

    /**
     * @param replace true: every field takes the given value (a restore); false: null fields stay as they are
     * @param detail the audit detail, or null to name the changed fields
     */
    void update(Sql sql, VaultRecord old, RecordFields given, Actor actor, boolean replace, String detail)
            throws SQLException {
        RecordValidation.check(given, false);
        RecordFields was = old.fields();
        RecordFields now = replace ? given : merged(was, given);
        VersionHistory.keep(sql, old);
        long revision = Revisions.next(sql);
        sql.update("UPDATE records SET title = ?, username = ?, url = ?, domain = ?, description = ?, host_name = ?, "
                        + "updated_at = ?, revision = ?, version = ?, changed_by_id = ?, changed_by = ?, "
                        + "changed_platform = ? WHERE id = ?",
                now.title().strip(), now.username(), now.url(), now.domain(), now.description(), now.hostName(),
                clock.millis(), revision, old.version() + 1, actor.userId(), actor.username(), actor.platform(),
                old.id());
        RecordSecrets.store(sql, old.id(), now.password(), now.notes(), now.otpUri());
        audit.append(sql, actor.event(AuditActions.RECORD_UPDATED, detail != null ? detail : changed(was, now))
                .withRecord(old.id(), old.listId(), now.title().strip()));
    }

    /** The values a change leaves: the given fields over the old ones (an empty otpUri removes it). */
    static RecordFields merged(RecordFields old, RecordFields f) {
        return new RecordFields(or(f.title(), old.title()), or(f.username(), old.username()),
                or(f.password(), old.password()), or(f.url(), old.url()), or(f.notes(), old.notes()),
                or(f.domain(), old.domain()), or(f.description(), old.description()),
                or(f.hostName(), old.hostName()), blankAsNull(or(f.otpUri(), old.otpUri())));
    }

    /** "fields=password,otpUri": the names of the fields whose values differ. */
    static String changed(RecordFields was, RecordFields now) {
        List<String> names = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.read().apply(was), field.read().apply(now))) {
                names.add(field.name());
            }
        }
        return "fields=" + (names.isEmpty() ? "none" : String.join(",", names));
    }

    private record Field(String name, Function<RecordFields, String> read) {
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String blankAsNull(String otpUri) {
        return otpUri == null || otpUri.isBlank() ? null : otpUri.strip();
    }
}
