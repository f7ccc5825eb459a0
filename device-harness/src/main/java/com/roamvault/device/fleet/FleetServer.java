package com.roamvault.device.fleet;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServers;
import java.net.URI;
import java.nio.file.Path;

/**
 * The server a fleet drives: a running one (URL, pin, admin login), or one started in this process
 * on a free port with its own H2 database, real password hashing and a random admin password.
 */
public final class FleetServer implements AutoCloseable {
    private final LocalServer embedded;
    private final URI url;
    private final String pin;
    private final String adminUser;
    private final String adminPassword;

    private FleetServer(LocalServer embedded, URI url, String pin, String adminUser, String adminPassword) {
        this.embedded = embedded;
        this.url = url;
        this.pin = pin;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static FleetServer running(URI url, String pin, String adminUser, String adminPassword) {
        return new FleetServer(null, url, pin, adminUser, adminPassword);
    }

    /** Starts a fresh server keeping its data in {@code dataDir}. */
    public static FleetServer embedded(Path dataDir) {
        LocalServer server = LocalServers.start(LocalServerOptions.empty(dataDir));
        return new FleetServer(server, server.url(), server.pin(), server.adminUser(), server.adminPassword());
    }

    /** A fresh, logged-in admin API client. */
    public AdminClient admin() {
        return AdminCall.login(url, pin, adminUser, adminPassword);
    }

    public URI url() {
        return url;
    }

    public String pin() {
        return pin;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String describe() {
        return url + (embedded != null ? " (embedded, H2, in this process)" : "");
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        return "FleetServer[" + describe() + "]";
    }
}
