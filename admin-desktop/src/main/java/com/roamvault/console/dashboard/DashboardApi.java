package com.roamvault.console.dashboard;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;
import com.roamvault.protocol.admin.Stats;

/** The one call the dashboard needs, so a test can also play a failing server. */
public interface DashboardApi {
    Stats stats() throws AdminApiException;

    static DashboardApi of(AdminClient client) {
        return client::stats;
    }
}
