package com.roamvault.server.dmz;

import java.net.URI;
import java.util.List;

/**
 * How a core runs behind its App Servers (DESIGN.md "Topologies", DMZ): the internal channel's
 * address ({@code internalHost} null = the public {@code --host}) and port (0 = any free one), the
 * App Servers' client-key pins (the only clients that port accepts), and where phones reach the App
 * Servers: their public URL and the pin of the TLS key they present to phones (pairing codes carry both).
 */
public record DmzCore(String internalHost, int internalPort, List<KeyPin> appServerPins, URI appServerUrl,
                      KeyPin phonePin) {
    public DmzCore {
        appServerPins = List.copyOf(appServerPins);
        if (appServerPins.isEmpty()) {
            throw new IllegalArgumentException("a DMZ core needs at least one App Server pin");
        }
    }
}
