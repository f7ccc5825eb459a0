package com.roamvault.protocol.admin;

import java.util.List;

/**
 * {@code uptime} in seconds; {@code topology} "all-in-one" or "dmz-core"; {@code appServers} the DMZ
 * App Servers the core lets in (empty for all-in-one); {@code pinQrPng} the pin as a QR code (PNG,
 * base64), drawn by the server as pairing codes are, so the console needs no QR library.
 */
public record ServerInfo(String version, long uptime, String topology, String pin, String leaseKey,
                         String systemApiKey, List<AppServerContact> appServers, String pinQrPng) {
    public ServerInfo {
        appServers = appServers == null ? List.of() : List.copyOf(appServers);
    }

    /** Without the pin's QR code (callers that have no image to show). */
    public ServerInfo(String version, long uptime, String topology, String pin, String leaseKey,
                      String systemApiKey, List<AppServerContact> appServers) {
        this(version, uptime, topology, pin, leaseKey, systemApiKey, appServers, null);
    }
}
