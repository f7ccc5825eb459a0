package com.roamvault.device.scenario;

import com.roamvault.client.ConnectionOptions;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import java.net.URI;

/**
 * The harness's administrator calls through the typed client: a failure becomes a
 * {@link ScenarioException} carrying the server's code (or {@code network_unavailable}), so a
 * scenario reports it as before.
 */
public final class AdminCall {
    private AdminCall() {
    }

    /** One administrator call that may fail. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws RoamvaultClientException;
    }

    /** @param what what the administrator was doing, for the failure's message */
    public static <T> T run(String what, Call<T> call) {
        try {
            return call.run();
        } catch (RoamvaultClientException e) {
            throw failure(what, e);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(e.getMessage()); // e.g. no per-user option of that name
        }
    }

    /** A logged-in administrator of the server at {@code server} with this pin. */
    public static AdminClient login(URI server, String pin, String username, String password) {
        return login(server, pin, ConnectionOptions.DEFAULTS, username, password);
    }

    /** The same through given connection options (a fleet's shared pool, say). */
    public static AdminClient login(URI server, String pin, ConnectionOptions options, String username,
                                    String password) {
        return run("login", () -> RoamvaultClient.connect(server.toString(), pin, options).admin()
                .loggedInAs(username, password));
    }

    /** The id of the user with this username; a scenario names users that must exist. */
    public static long userId(AdminClient admin, String username) {
        return run("user lookup", () -> admin.users().find(username)).orElseThrow(
                () -> new ScenarioException("No user " + username + " on the server")).id();
    }

    /** For calls that answer nothing. */
    @FunctionalInterface
    public interface VoidCall {
        void run() throws RoamvaultClientException;
    }

    public static void run(String what, VoidCall call) {
        run(what, () -> {
            call.run();
            return null;
        });
    }

    private static ScenarioException failure(String what, RoamvaultClientException e) {
        if (e.status() == 0) { // no answer came back (or none that was the contract)
            return new ScenarioException("The admin API cannot be reached: " + e.getMessage(), "network_unavailable");
        }
        return new ScenarioException("Admin " + what + " failed: " + e.code() + " — " + e.getMessage()
                + (e.fields().isEmpty() ? "" : " " + e.fields()), e.code());
    }
}
