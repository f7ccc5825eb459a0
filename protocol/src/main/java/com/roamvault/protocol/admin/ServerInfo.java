package com.roamvault.protocol.admin;

import java.util.List;

/**
 * {@code uptime} in seconds; {@code topology} "all-in-one" or "dmz-core"; {@code appServers} the DMZ
 * App Servers the core lets in (empty for all-in-one).
 */
public record ServerInfo(String version, long uptime, String topology, String pin, String leaseKey,
                         String systemApiKey, List<AppServerContact> appServers) {
    public ServerInfo {
        appServers = appServers == null ? List.of() : List.copyOf(appServers);
    }
}
