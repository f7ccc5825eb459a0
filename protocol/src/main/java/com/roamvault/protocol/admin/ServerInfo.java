package com.roamvault.protocol.admin;

/** {@code uptime} in seconds; {@code topology} "all-in-one" (or "app-server" in the DMZ). */
public record ServerInfo(String version, long uptime, String topology, String pin, String leaseKey,
                         String systemApiKey) {
}
