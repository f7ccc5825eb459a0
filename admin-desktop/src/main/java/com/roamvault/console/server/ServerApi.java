package com.roamvault.console.server;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.ServerInfo;

/** The one call the Server screen needs, so a test can also play a failing server. */
public interface ServerApi {
    ServerInfo info() throws RoamvaultClientException;

    static ServerApi of(AdminClient client) {
        return client::serverInfo;
    }
}
