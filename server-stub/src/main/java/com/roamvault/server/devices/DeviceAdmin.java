package com.roamvault.server.devices;

import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.server.audit.Actor;
import com.roamvault.server.store.Database;
import java.util.List;

/** The security administrator's work on phones, each call its own transaction. */
public final class DeviceAdmin {
    private final Database db;
    private final DeviceService devices;

    public DeviceAdmin(Database db, DeviceService devices) {
        this.db = db;
        this.devices = devices;
    }

    /** Newest first, of one user (by username) or of everybody when {@code username} is blank. */
    public List<DeviceDetail> list(String username) {
        return db.read(sql -> devices.list(sql, username));
    }

    public DeviceDetail revoke(String deviceId, Actor admin) {
        return db.tx(sql -> devices.revoke(sql, deviceId, admin));
    }
}
