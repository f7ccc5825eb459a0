package com.roamvault.console.connect;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connecting to a server: address, pin (pasted, or read from the server and confirmed by the admin),
 * admin username and password. The pin check and
 * login run off the UI thread; success remembers the server (never the password).
 */
public final class ConnectViewModel {
    public static final String SESSION_EXPIRED = "Your session expired — sign in again.";
    public static final String TRUST_TITLE = "Trust this server's key?";
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final KnownServers knownServers;
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("admin");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KnownServer> servers = FXCollections.observableArrayList();
    private final BooleanBinding canConnect;
    private KnownServer connectedTo;

    public ConnectViewModel(UiExecutor executor, DialogService dialogs, KnownServers knownServers) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.knownServers = knownServers;
        canConnect = Bindings.createBooleanBinding(() -> !busy.get() && !serverUrl.get().isBlank()
                        && !pin.get().isBlank() && !username.get().isBlank() && !password.get().isEmpty(),
                busy, serverUrl, pin, username, password);
        servers.setAll(knownServers.load());
        if (!servers.isEmpty()) {
            choose(servers.get(0));
        }
    }

    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        String url = serverUrl.get().strip();
        String typedPin = pin.get().strip();
        String user = username.get().strip();
        String typedPassword = password.get();
        error.set("");
        progress.set("Checking the server's key and signing in…");
        busy.set(true);
        executor.submit(() -> {
            RoamvaultClient server = RoamvaultClient.connect(url, typedPin);
            AdminClient client = server.admin();
            client.login(user, typedPassword);
            ServerInfo info = client.serverInfo();
            return new Connection(client, info, user, server.passwordstate(info.systemApiKey()));
        }, this::connected, failure -> {
            busy.set(false);
            progress.set("");
            password.set("");
            error.set(ConsoleErrors.describe(failure));
        });
    }

    /**
     * Trust on first use, for an admin without the pin at hand: reads the key the server presents
     * (nothing is sent) and asks the admin to compare it with the pin the server printed before
     * it is filled in. Refusing leaves the pin as it was.
     */
    public void fetchPin() {
        String url = serverUrl.get().strip();
        if (busy.get() || url.isEmpty()) {
            error.set(url.isEmpty() ? "Type the server address first." : "");
            return;
        }
        error.set("");
        progress.set("Reading the server's key…");
        busy.set(true);
        executor.submit(() -> RoamvaultClient.presentedPin(url), presented -> {
            busy.set(false);
            progress.set("");
            if (dialogs.confirm(TRUST_TITLE, "The server at " + url + " presents this key:\n\n" + presented
                    + "\n\nCompare it with the pin the server printed when it started (its READY line), or ask "
                    + "whoever runs it. Trust this key only if they are the same.")) {
                pin.set(presented);
            } else {
                error.set("Not trusted: the pin was not filled in and nothing was sent.");
            }
        }, failure -> {
            busy.set(false);
            progress.set("");
            error.set(ConsoleErrors.describe(failure));
        });
    }

    private void connected(Connection session) {
        busy.set(false);
        progress.set("");
        password.set("");
        connectedTo = new KnownServer(session.client().serverUrl(), pin.get().strip());
        try {
            servers.setAll(knownServers.remember(new KnownServer(session.client().serverUrl(), pin.get().strip())));
        } catch (IOException e) {
            // remembering is a convenience; the session itself is fine
            error.set("Connected, but the server list could not be saved: " + e.getMessage());
        }
        connection.set(session);
    }

    /**
     * The server stopped accepting the session's token (it expired): back to connecting, with the
     * address and pin of that server filled in and only the password to type again.
     */
    public void sessionExpired() {
        if (connection.get() == null) {
            return;
        }
        choose(connectedTo);
        password.set("");
        busy.set(false);
        progress.set("");
        error.set(SESSION_EXPIRED);
        connection.set(null);
    }

    /** Fills address and pin from a remembered server. */
    public void choose(KnownServer server) {
        if (server != null) {
            serverUrl.set(server.url());
            pin.set(server.pin());
        }
    }

    public void forget(KnownServer server) {
        if (server == null || !dialogs.confirm("Forget server",
                "Forget " + server.url() + " and its pin? You will need to paste the pin again.")) {
            return;
        }
        try {
            servers.setAll(knownServers.forget(server));
        } catch (IOException e) {
            error.set("The server list could not be saved: " + e.getMessage());
        }
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ObservableList<KnownServer> knownServers() {
        return FXCollections.unmodifiableObservableList(servers);
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
