package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.edit.PhoneConflict;
import com.roamvault.device.engine.edit.QueuedEdit;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.mobile.SyncResponse;
import com.roamvault.protocol.policy.MobilePolicy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the encrypted cache holds: the user's lists and records, the signed lease, the sync
 * cursor for the next delta, the effective policy, the device time of the last successful sync
 * (the time to live is measured from it on the phone's own clock), and the master password, so a
 * finger unlock can re-authenticate online the way a credential kept behind a biometric-bound
 * key does on a real phone (it opens nothing the finger did not already open). Edits made offline
 * wait in {@code pendingEdits} (records already show them) and the server's refusals as conflicts
 * in {@code conflicts}: both are sealed with the rest, so what was typed is never plain on disk.
 */
public record CacheContents(String username, String deviceId, List<ListDto> lists, List<RecordDto> records,
                            Lease lease, String syncCursor, MobilePolicy policy, Instant lastSyncDeviceTime,
                            String credential, List<QueuedEdit> pendingEdits, List<PhoneConflict> conflicts) {

    public CacheContents {
        lists = List.copyOf(lists);
        records = List.copyOf(records);
        pendingEdits = pendingEdits == null ? List.of() : List.copyOf(pendingEdits);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public CacheContents(String username, String deviceId, List<ListDto> lists, List<RecordDto> records, Lease lease,
                         String syncCursor, MobilePolicy policy, Instant lastSyncDeviceTime, String credential) {
        this(username, deviceId, lists, records, lease, syncCursor, policy, lastSyncDeviceTime, credential, null,
                null);
    }

    public CacheContents(String username, String deviceId, List<ListDto> lists, List<RecordDto> records, Lease lease,
                         String syncCursor, MobilePolicy policy, Instant lastSyncDeviceTime) {
        this(username, deviceId, lists, records, lease, syncCursor, policy, lastSyncDeviceTime, null);
    }

    public CacheContents withCredential(String newCredential) {
        return new CacheContents(username, deviceId, lists, records, lease, syncCursor, policy, lastSyncDeviceTime,
                newCredential, pendingEdits, conflicts);
    }

    /**
     * The contents after applying a sync at device time {@code deviceTime}: a full sync replaces
     * the records, a delta upserts and removes; lists, lease and cursor are the server's, and the
     * policy's offline fields are the lease's signed terms (the phone obeys nothing unsigned offline).
     */
    public CacheContents afterSync(SyncResponse sync, Instant deviceTime) {
        Map<Long, RecordDto> byId = new LinkedHashMap<>();
        if (!sync.full()) {
            records.forEach(r -> byId.put(r.recordId(), r));
            if (sync.removedRecordIds() != null) {
                sync.removedRecordIds().forEach(byId::remove);
            }
        }
        if (sync.records() != null) {
            sync.records().forEach(r -> byId.put(r.recordId(), r));
        }
        MobilePolicy signed = sync.lease().terms().applyTo(sync.policy());
        return new CacheContents(username, deviceId, sync.lists(), List.copyOf(byId.values()), sync.lease(),
                sync.cursor(), signed, deviceTime, credential, pendingEdits, conflicts);
    }

    public CacheContents withRecords(List<RecordDto> newRecords) {
        return new CacheContents(username, deviceId, lists, newRecords, lease, syncCursor, policy, lastSyncDeviceTime,
                credential, pendingEdits, conflicts);
    }

    /** The same contents with {@code record} in place of the cached record of the same id. */
    public CacheContents withRecord(RecordDto record) {
        return withRecords(records.stream().map(r -> r.recordId() == record.recordId() ? record : r).toList());
    }

    public CacheContents withEdits(List<QueuedEdit> newPending, List<PhoneConflict> newConflicts) {
        return new CacheContents(username, deviceId, lists, records, lease, syncCursor, policy, lastSyncDeviceTime,
                credential, newPending, newConflicts);
    }

    @Override
    public String toString() {
        return "CacheContents[username=" + username + ", deviceId=" + deviceId + ", lists=" + lists.size()
                + ", records=" + records.size() + ", lastSyncDeviceTime=" + lastSyncDeviceTime + ", pendingEdits="
                + pendingEdits.size() + ", conflicts=" + conflicts.size() + "]";
    }
}
