package com.roamvault.console.records;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.server.RoamvaultServer;

/**
 * The demo record the Records pictures, layout and contrast tests show: the first list's first one
 * with a one-time key, given a history of an admin edit and a phone's edit that lost a conflict.
 */
final class DemoRecords {
    /** The password of the earlier version the tests pick in the history. */
    static final String EARLIER_PASSWORD = "Spring-Rotation-2026!";

    private DemoRecords() {
    }

    static RecordDetail withKeyAndHistory(RoamvaultServer server) throws Exception {
        AdminClient admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        long firstList = admin.lists().list().get(0).listId();
        RecordDetail withKey = admin.records().ofList(firstList).stream().filter(r -> r.otpUri() != null).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's first list has a record with a one-time key"));
        long jsmith = admin.users().page("jsmith", 5, 0).users().stream()
                .filter(u -> u.username().equals(TestPhone.USER)).findFirst().orElseThrow().id();
        admin.lists().grant(firstList, ListsApi.mobileGrant(jsmith, "modify"));
        admin.records().update(withKey.recordId(), new RecordRequest(null, null, EARLIER_PASSWORD, null,
                "a longer note that the history shows as it was written", null, null, null));
        // the phone edited the version before that one: it loses, and its values go into the history
        TestPhone.register(server, "iPhone 15 (John)").edit(withKey.recordId(), withKey.version(),
                new RecordChanges(null, null, "typed-on-the-plane", null, null, null));
        admin.records().update(withKey.recordId(), new RecordRequest(null, null, "Summer-Rotation-2026!", null, null,
                null, null, null));
        return withKey;
    }
}
