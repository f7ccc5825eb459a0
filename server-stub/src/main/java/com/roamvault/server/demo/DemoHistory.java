package com.roamvault.server.demo;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.Vault;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The demo organisation's last month as the audit log tells it: the accounts and teams on the first
 * day, a list rolled out every other day, its records imported over the days after, Li Chen's
 * override in the third week. Every event is appended through the server's own audit log and vault,
 * only with the {@link HistoryClock} for a clock, so the hash chain is the one the server writes.
 */
final class DemoHistory {
    private final HistoryClock clock;
    private final AuditLog audit;
    private final Vault vault;
    private final Actor admin;

    DemoHistory(Instant now, Actor admin) {
        this.clock = new HistoryClock(now);
        this.audit = new AuditLog(clock);
        this.vault = new Vault(clock, audit);
        this.admin = admin;
    }

    HistoryClock clock() {
        return clock;
    }

    Vault vault() {
        return vault;
    }

    /** Starts the day {@code d} of the month (0 = 29 days ago). */
    void day(int d) {
        clock.startDay(d);
    }

    /** The instant of the next event, two minutes after the last one. */
    long next() {
        clock.tick();
        return clock.millis();
    }

    void userCreated(Sql sql, DemoOrganisation.Person p) throws SQLException {
        next();
        audit.append(sql, admin.eventAbout(p.username(), AuditActions.USER_CREATED, "user=" + p.username()
                + ", displayName=" + p.displayName() + ", enabled=true, securityAdmin=false, mobileAccess="
                + p.mobileAccess() + ", masterPassword=set"));
    }

    void teamCreated(Sql sql, DemoOrganisation.Team t) throws SQLException {
        next();
        audit.append(sql, admin.event(AuditActions.GROUP_CHANGED, "created group=" + t.name() + ", members="
                + t.members().size()));
    }

    void overrideSet(Sql sql, String username, String changes) throws SQLException {
        next();
        audit.append(sql, admin.eventAbout(username, AuditActions.USER_SETTINGS_CHANGED,
                "user=" + username + ": " + changes));
    }
}
