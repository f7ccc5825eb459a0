package com.roamvault.console.connect;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.passwordstate.PasswordstateClient;
import com.roamvault.protocol.admin.ServerInfo;

/**
 * A logged-in console session: the client holding the token, what the server said about itself,
 * and its Passwordstate API under the system key (the console's password generator is there).
 */
public record Connection(AdminClient client, ServerInfo server, String username, PasswordstateClient passwordstate) {
    @Override
    public String toString() {
        return "Connection[server=" + client.serverUrl() + ", username=" + username + "]";
    }
}
