package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordHistory;
import com.roamvault.protocol.admin.RecordPage;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordRestore;
import com.roamvault.protocol.admin.RecordVersion;
import java.util.List;
import java.util.Optional;

/** Password records of a list. Every change reaches phones at their next sync. */
public final class RecordsApi {
    private final AdminSession session;

    RecordsApi(AdminSession session) {
        this.session = session;
    }

    public List<RecordDetail> ofList(long listId) throws RoamvaultClientException {
        return session.get(Paths.adminListRecords(listId), RecordPage.class).records();
    }

    /** The record of the list with exactly this title. */
    public Optional<RecordDetail> find(long listId, String title) throws RoamvaultClientException {
        return ofList(listId).stream().filter(r -> r.title().equals(title)).findFirst();
    }

    public RecordDetail get(long recordId) throws RoamvaultClientException {
        return session.get(Paths.adminRecord(recordId), RecordDetail.class);
    }

    public RecordDetail create(long listId, RecordRequest record) throws RoamvaultClientException {
        return session.post(Paths.adminListRecords(listId), record, RecordDetail.class);
    }

    /** Changes the fields given; null fields stay as they are. */
    public RecordDetail update(long recordId, RecordRequest changes) throws RoamvaultClientException {
        return session.put(Paths.adminRecord(recordId), changes, RecordDetail.class);
    }

    /** Every earlier version of the record, newest first, including phone edits that lost a conflict. */
    public List<RecordVersion> history(long recordId) throws RoamvaultClientException {
        return session.get(Paths.adminRecordHistory(recordId), RecordHistory.class).versions();
    }

    /** Makes an earlier version current again (as a new version); returns the record as it now is. */
    public RecordDetail restore(long recordId, long version) throws RoamvaultClientException {
        return session.post(Paths.adminRecordRestore(recordId), new RecordRestore(version), RecordDetail.class);
    }

    public void delete(long recordId) throws RoamvaultClientException {
        session.delete(Paths.adminRecord(recordId));
    }
}
