package com.roamvault.server.dmz;

import java.net.URI;

/**
 * How a core runs behind an App Server (DESIGN.md "Topologies", DMZ): the port of the internal
 * channel (0 = any free one), the App Server's key pin (the only client that port accepts) and the
 * App Server's public URL (what pairing codes send phones to).
 */
public record DmzCore(int internalPort, KeyPin appServerPin, URI appServerUrl) {
}
