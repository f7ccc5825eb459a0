package com.roamvault.device.engine;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.mobile.EditResult;
import com.roamvault.client.mobile.MobileClient;
import com.roamvault.device.engine.journal.AuditJournal;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.mobile.LoginRequest;
import com.roamvault.protocol.mobile.LoginResponse;
import com.roamvault.protocol.mobile.RecordEdit;
import com.roamvault.protocol.mobile.SyncResponse;
import java.util.List;

/** The phone's conversations with the App Server: log in, hand in the journal, sync and check the lease. */
final class ServerSession {
    private final MobileClient client;

    ServerSession(MobileClient client) {
        this.client = client;
    }

    LoginResponse login(String username, String password, String deviceId, String deviceName, String platform)
            throws RoamvaultClientException {
        return client.login(new LoginRequest(username, password, deviceId, deviceName, platform));
    }

    /**
     * Uploads every pending event, oldest first, in calls of at most 1000; each batch is deleted
     * from the journal only after the server acknowledged it, and ids make a re-upload harmless.
     */
    void uploadJournal(String token, AuditJournal journal) throws RoamvaultClientException {
        for (List<AuditUploadEvent> batch = journal.nextBatch(); !batch.isEmpty(); batch = journal.nextBatch()) {
            client.uploadAudit(token, batch);
            journal.acknowledge(batch.stream().map(AuditUploadEvent::id).toList());
        }
    }

    /**
     * Full sync without a cursor, delta with one; the lease must verify with the login's lease key
     * and the policy must be the one its terms sign.
     */
    SyncResponse sync(String token, String cursor, String leaseKey, String deviceId, String username)
            throws RoamvaultClientException {
        SyncResponse response = client.sync(token, cursor);
        LeaseVerifier.verify(response.lease(), leaseKey, deviceId, username);
        PolicyCheck.requireValid(response.policy());
        LeaseVerifier.verifyTerms(response.lease(), response.policy());
        return response;
    }

    void changeMasterPassword(String token, String current, String next) throws RoamvaultClientException {
        client.changeMasterPassword(token, current, next);
    }

    EditResult editRecord(String token, long recordId, RecordEdit edit) throws RoamvaultClientException {
        return client.editRecord(token, recordId, edit);
    }
}
