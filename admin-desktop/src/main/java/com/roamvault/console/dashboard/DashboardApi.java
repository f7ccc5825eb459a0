package com.roamvault.console.dashboard;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.AppServerContact;
import com.roamvault.protocol.admin.Stats;
import java.util.List;

/** The calls the dashboard needs, so a test can also play a failing server. */
public interface DashboardApi {
    Stats stats() throws RoamvaultClientException;

    /** The DMZ App Servers the core lets in (none for an all-in-one server). */
    default List<AppServerContact> appServers() throws RoamvaultClientException {
        return List.of();
    }

    static DashboardApi of(AdminClient client) {
        return new DashboardApi() {
            @Override
            public Stats stats() throws RoamvaultClientException {
                return client.stats();
            }

            @Override
            public List<AppServerContact> appServers() throws RoamvaultClientException {
                return client.serverInfo().appServers();
            }
        };
    }
}
