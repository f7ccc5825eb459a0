package com.roamvault.console.connect;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.ServerInfo;

/** A logged-in console session: the client holding the token, and what the server said about itself. */
public record Connection(AdminClient client, ServerInfo server, String username) {
}
