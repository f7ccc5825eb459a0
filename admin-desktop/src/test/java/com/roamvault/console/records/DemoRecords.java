package com.roamvault.console.records;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.TestServers;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.server.RoamvaultServer;

/** The demo records the Records pictures and layout tests show: the first list's first one with a one-time key. */
final class DemoRecords {
    private DemoRecords() {
    }

    static AdminClient admin(RoamvaultServer server) throws Exception {
        AdminClient admin = RoamvaultClient.connect(server.url(), server.pin()).admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
        return admin;
    }

    static RecordDetail firstWithKey(AdminClient admin) throws Exception {
        long firstList = admin.lists().list().get(0).listId();
        return admin.records().ofList(firstList).stream().filter(r -> r.otpUri() != null).findFirst()
                .orElseThrow(() -> new AssertionError("the demo's first list has a record with a one-time key"));
    }
}
