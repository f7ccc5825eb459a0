package com.roamvault.console.records;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import java.util.List;

/** The calls the Records screen needs, so a test can also play a server that fails. */
public interface RecordsApi {
    List<ListDetail> lists() throws RoamvaultClientException;

    List<RecordDetail> records(long listId) throws RoamvaultClientException;

    RecordDetail create(long listId, RecordRequest record) throws RoamvaultClientException;

    RecordDetail update(long recordId, RecordRequest record) throws RoamvaultClientException;

    List<RecordVersion> history(long recordId) throws RoamvaultClientException;

    RecordDetail restore(long recordId, long version) throws RoamvaultClientException;

    /** A new password from the server's generator (every character class, from its CSPRNG). */
    String generatePassword() throws RoamvaultClientException;

    static RecordsApi of(AdminClient client, PasswordSource generator) {
        return new RecordsApi() {
            @Override
            public List<ListDetail> lists() throws RoamvaultClientException {
                return client.lists().list();
            }

            @Override
            public List<RecordDetail> records(long listId) throws RoamvaultClientException {
                return client.records().ofList(listId);
            }

            @Override
            public RecordDetail create(long listId, RecordRequest record) throws RoamvaultClientException {
                return client.records().create(listId, record);
            }

            @Override
            public RecordDetail update(long recordId, RecordRequest record) throws RoamvaultClientException {
                return client.records().update(recordId, record);
            }

            @Override
            public List<RecordVersion> history(long recordId) throws RoamvaultClientException {
                return client.records().history(recordId);
            }

            @Override
            public RecordDetail restore(long recordId, long version) throws RoamvaultClientException {
                return client.records().restore(recordId, version);
            }

            @Override
            public String generatePassword() throws RoamvaultClientException {
                return generator.next();
            }
        };
    }

    /** Where generated passwords come from: the server's {@code /api/generatepassword}. */
    @FunctionalInterface
    interface PasswordSource {
        String next() throws RoamvaultClientException;
    }
}
