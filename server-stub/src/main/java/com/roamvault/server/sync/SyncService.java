package com.roamvault.server.sync;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.devices.DeviceService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.http.Caller;
import com.roamvault.server.keys.ServerKeys;
import com.roamvault.server.mobile.MobileAccess;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.Sql;
import com.roamvault.server.vault.Revisions;
import com.roamvault.server.vault.Vault;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a phone's cache to exactly the records its user may carry on mobile now, and renews its
 * signed lease. A full sync sends everything; a delta (with a cursor) sends what changed since:
 * changed records of lists it still has, everything of lists it newly has, and drops for lists it lost.
 */
public final class SyncService {
    private final Database db;
    private final Clock clock;
    private final ServerKeys keys;
    private final Vault vault;
    private final AuditLog audit;
    private final DeviceService devices;
    private final MobileAccess access;
    private final byte[] cursorKey;

    public SyncService(Database db, Clock clock, ServerKeys keys, Vault vault, AuditLog audit, DeviceService devices,
                       MobileAccess access) {
        this.db = db;
        this.clock = clock;
        this.keys = keys;
        this.vault = vault;
        this.audit = audit;
        this.devices = devices;
        this.access = access;
        this.cursorKey = keys.derivedSecret("sync-cursor");
    }

    /** @param cursorText the cursor of the phone's last sync, or null/blank for a full sync */
    public SyncResponse sync(Caller caller, String cursorText) {
        SyncCursor since = cursorText == null || cursorText.isBlank() ? null : SyncCursor.decode(cursorText, cursorKey);
        if (since != null && !since.deviceId().equals(caller.deviceId())) {
            throw ApiException.badRequest("The sync cursor belongs to another device; sync again without a cursor");
        }
        return db.tx(sql -> {
            MobilePolicy policy = access.require(sql, caller.userId());
            // Read the revision first: every change up to it has committed (Revisions holds its row
            // lock until commit), and anything later waits for the next delta.
            long revision = Revisions.current(sql);
            if (since != null && since.revision() > revision) {
                throw SyncCursor.invalid();
            }
            List<Long> authorized = vault.mobileListIds(sql, caller.userId());
            SyncQueries.Changes changes = new SyncQueries.Changes();
            if (since == null) {
                SyncQueries.allLive(sql, authorized, revision, changes);
            } else {
                Set<Long> before = new HashSet<>(since.listIds());
                Set<Long> now = new HashSet<>(authorized);
                SyncQueries.changedSince(sql, authorized.stream().filter(before::contains).toList(),
                        since.revision(), revision, changes);
                SyncQueries.allLive(sql, authorized.stream().filter(id -> !before.contains(id)).toList(),
                        revision, changes);
                SyncQueries.heldIn(sql, since.listIds().stream().filter(id -> !now.contains(id)).toList(),
                        since.revision(), changes);
            }
            Lease lease = lease(caller, policy);
            devices.recordSync(sql, caller.deviceId(), lease.issuedAt(), lease.expiresAt());
            audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER, AuditActions.CACHE_SYNCED, "success",
                    caller.username(), caller.deviceId(), caller.clientIp(), "full=" + (since == null)
                            + " records=" + changes.records().size() + " removed=" + changes.removed().size()));
            String cursor = new SyncCursor(caller.deviceId(), revision, authorized).encode(cursorKey);
            return new SyncResponse(since == null, cursor,
                    SyncQueries.lists(sql, authorized, editable(sql, caller, policy)), changes.records(),
                    List.copyOf(changes.removed()), lease, policy);
        });
    }

    /** Lists the phone may edit: modify (or admin) with Mobile Access, unless the effective mobileEditMode is off. */
    private Set<Long> editable(Sql sql, Caller caller, MobilePolicy policy) throws SQLException {
        return "off".equals(policy.mobileEditMode()) ? Set.of()
                : new HashSet<>(vault.mobileEditableListIds(sql, caller.userId()));
    }

    /**
     * Every sync restarts the time to live: now + the user's effective offline cache days; the
     * terms the phone enforces offline are signed in with it (the vault core's key).
     */
    private Lease lease(Caller caller, MobilePolicy policy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int days = policy.offlineCacheDays();
        return keys.leaseSigner().sign(new Lease(caller.deviceId(), caller.username(), now,
                now.plus(Duration.ofDays(days)), days, LeaseTerms.of(policy), null));
    }
}
