package com.roamvault.client;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.mobile.MobileClient;
import com.roamvault.client.passwordstate.PasswordstateClient;
import java.io.IOException;
import okhttp3.HttpUrl;

/**
 * One pinned server, and the clients of its three APIs (API.md): admin, mobile and the
 * Passwordstate-compatible subset. They all share this connection, so its pool and its one
 * certificate check.
 *
 * <pre>{@code
 * RoamvaultClient server = RoamvaultClient.connect("https://vault.corp:8443", "sha256/...");
 * AdminClient admin = server.admin();
 * admin.login("admin", password);
 * }</pre>
 */
public final class RoamvaultClient {
    private final ServerConnection connection;
    private final JsonHttp http;

    private RoamvaultClient(ServerConnection connection) {
        this.connection = connection;
        this.http = new JsonHttp(connection, ApiErrors.INSTANCE);
    }

    /** Checks the address and pin format before any network use, so a typo gets a precise message. */
    public static RoamvaultClient connect(String serverUrl, String pin) throws RoamvaultClientException {
        return connect(serverUrl, pin, ConnectionOptions.DEFAULTS);
    }

    public static RoamvaultClient connect(String serverUrl, String pin, ConnectionOptions options)
            throws RoamvaultClientException {
        HttpUrl base = parse(serverUrl);
        String cleanPin = pin == null ? "" : pin.strip();
        if (!PinnedTls.isWellFormed(cleanPin)) {
            throw Failures.invalid(RoamvaultClientException.INVALID_PIN,
                    "The pin must look like sha256/ followed by 44 base64 characters");
        }
        return new RoamvaultClient(new ServerConnection(base, cleanPin, options));
    }

    /**
     * Trust on first use: the pin of the key the server at {@code serverUrl} presents, read from the
     * TLS handshake alone (nothing is sent). Show it to a person to compare before trusting it.
     */
    public static String presentedPin(String serverUrl) throws RoamvaultClientException {
        HttpUrl base = parse(serverUrl);
        try {
            return PinnedTls.presentedPin(base.host(), base.port(), 10_000);
        } catch (IOException e) {
            throw Failures.of(e);
        }
    }

    public ServerConnection connection() {
        return connection;
    }

    public String serverUrl() {
        return connection.serverUrl();
    }

    /** A new admin session (not logged in yet): each holds its own token. */
    public AdminClient admin() {
        return new AdminClient(http);
    }

    /** The mobile API; stateless, the caller keeps the access token. */
    public MobileClient mobile() {
        return new MobileClient(http);
    }

    /** The Passwordstate-compatible subset with an API key (the system key, or a list's own). */
    public PasswordstateClient passwordstate(String apiKey) {
        return new PasswordstateClient(connection, apiKey);
    }

    private static HttpUrl parse(String serverUrl) throws RoamvaultClientException {
        HttpUrl url = serverUrl == null ? null : HttpUrl.parse(serverUrl.strip());
        if (url == null || !url.isHttps()) {
            throw Failures.invalid(RoamvaultClientException.INVALID_SERVER,
                    "The server address must start with https://");
        }
        return url.newBuilder().encodedPath("/").query(null).fragment(null).build();
    }
}
