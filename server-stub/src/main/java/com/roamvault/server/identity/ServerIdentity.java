package com.roamvault.server.identity;

import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.server.dmz.AppServerContacts;
import com.roamvault.server.keys.ServerKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Who this server is to its callers: version, uptime, topology, keys, and where phones connect with
 * which pin (this server's, or in the DMZ topology the App Servers' in front of it, and when each
 * last called).
 */
public final class ServerIdentity {
    public static final String VERSION = "0.1.0";

    private final Clock clock;
    private final Instant startedAt;
    private final ServerKeys keys;
    private final String topology;
    private final Supplier<String> phoneUrl;
    private final String phonePin;
    private final AppServerContacts appServers;
    private final Function<String, byte[]> qrPng;
    private volatile String pinQr;

    /**
     * @param phoneUrl read when asked: this server's own URL is only known once its port is bound
     * @param qrPng draws text as a QR code PNG (the pairing codes' drawer), for the pin's code
     */
    public ServerIdentity(Clock clock, ServerKeys keys, String topology, Supplier<String> phoneUrl, String phonePin,
                          AppServerContacts appServers, Function<String, byte[]> qrPng) {
        this.clock = clock;
        this.startedAt = clock.instant();
        this.keys = keys;
        this.topology = topology;
        this.phoneUrl = phoneUrl;
        this.phonePin = phonePin;
        this.appServers = appServers;
        this.qrPng = qrPng;
    }

    /** What {@code GET /api/admin/v1/server} answers. */
    public ServerInfo info() {
        long uptime = Duration.between(startedAt, clock.instant()).toSeconds();
        return new ServerInfo(VERSION, uptime, topology, keys.pin(), keys.leaseSigner().publicKeyBase64(),
                keys.systemApiKey(), appServers.list(), pinQr());
    }

    /** Drawn on first ask and kept: the pin does not change while the server runs. */
    private String pinQr() {
        if (pinQr == null) {
            pinQr = Base64.getEncoder().encodeToString(qrPng.apply(keys.pin()));
        }
        return pinQr;
    }

    public String phoneUrl() {
        return phoneUrl.get();
    }

    public String phonePin() {
        return phonePin;
    }

    /** The DMZ App Servers this core lets in (none for all-in-one). */
    public AppServerContacts appServers() {
        return appServers;
    }
}
