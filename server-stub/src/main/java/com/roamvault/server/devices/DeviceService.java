package com.roamvault.server.devices;

import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.audit.AuditEntry;
import com.roamvault.server.audit.AuditLog;
import com.roamvault.server.auth.LoginService;
import com.roamvault.server.http.ApiException;
import com.roamvault.server.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registered phones: registration at login, sync bookkeeping, the admin's list and revocation. */
public final class DeviceService {
    private static final String COLUMNS = "d.id, d.user_id, u.username, d.device_name, d.platform, d.registered_at, "
            + "d.last_sync_at, d.lease_expires_at, d.revoked_at FROM devices d JOIN users u ON u.id = d.user_id";

    private final Clock clock;
    private final AuditLog audit;

    public DeviceService(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public Optional<Device> find(Sql sql, String deviceId) throws SQLException {
        return sql.one("SELECT " + COLUMNS + " WHERE d.id = ?", DeviceService::device, deviceId);
    }

    /** Registers a new device for the user under a fresh random id, and audits it. */
    public Device register(Sql sql, long userId, String username, DeviceRegistration phone, String clientIp)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        sql.update("INSERT INTO devices (id, user_id, device_name, platform, registered_at) VALUES (?, ?, ?, ?, ?)",
                id, userId, phone.deviceName(), phone.platform(), clock.millis());
        audit.append(sql, AuditEntry.server(AuditEntry.APP_SERVER, AuditActions.DEVICE_REGISTERED, "success", username,
                id, clientIp, "name=" + phone.deviceName() + " platform=" + phone.platform()));
        return find(sql, id).orElseThrow();
    }

    /** Remembers a successful sync and the lease it handed out (what the admin console shows). */
    public void recordSync(Sql sql, String deviceId, Instant syncedAt, Instant leaseExpiresAt) throws SQLException {
        sql.update("UPDATE devices SET last_sync_at = ?, lease_expires_at = ? WHERE id = ?",
                syncedAt.toEpochMilli(), leaseExpiresAt.toEpochMilli(), deviceId);
    }

    /** Devices newest first, of one user (by username) or of everybody when {@code username} is blank. */
    public List<DeviceDetail> list(Sql sql, String username) throws SQLException {
        String order = " ORDER BY d.registered_at DESC, d.id";
        List<Device> devices = username == null || username.isBlank()
                ? sql.query("SELECT " + COLUMNS + order, DeviceService::device)
                : sql.query("SELECT " + COLUMNS + " WHERE u.username_key = ?" + order, DeviceService::device,
                        LoginService.key(username));
        return devices.stream().map(Device::detail).toList();
    }

    /**
     * Revokes a device: every later call with its tokens, and any login naming it, answers
     * {@code device_revoked}, which makes the phone wipe its cache. Revoking twice changes nothing.
     */
    public DeviceDetail revoke(Sql sql, String deviceId, Actor admin) throws SQLException {
        Device device = find(sql, deviceId).orElseThrow(() -> ApiException.notFound("Device " + deviceId));
        if (!device.revoked()) {
            sql.update("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", clock.millis(),
                    deviceId);
            audit.append(sql, AuditEntry.server(admin.platform(), AuditActions.DEVICE_REVOKED, "success",
                    admin.username(), deviceId, admin.clientIp(),
                    "owner=" + device.username() + " name=" + device.deviceName()).about(device.username()));
        }
        return find(sql, deviceId).orElseThrow().detail();
    }

    private static Device device(ResultSet rs) throws SQLException {
        return new Device(rs.getString("id"), rs.getLong("user_id"), rs.getString("username"),
                rs.getString("device_name"), rs.getString("platform"), instant(rs, "registered_at"),
                instant(rs, "last_sync_at"), instant(rs, "lease_expires_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = Sql.nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
