package com.roamvault.console.dashboard;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.Stats;

/** The one call the dashboard needs, so a test can also play a failing server. */
public interface DashboardApi {
    Stats stats() throws RoamvaultClientException;

    static DashboardApi of(AdminClient client) {
        return client::stats;
    }
}
