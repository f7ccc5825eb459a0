package com.roamvault.server.dmz;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to start a DMZ App Server: its own data folder (keys and certificate only, no database),
 * where phones reach it ({@code port} 0 = any free one), and the core's internal channel with the
 * core's key pin.
 */
public record AppServerConfig(Path dataDir, String host, int port, URI coreUrl, KeyPin corePin) {
}
