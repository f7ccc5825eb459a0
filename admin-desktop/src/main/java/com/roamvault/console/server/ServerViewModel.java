package com.roamvault.console.server;

import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.ServerInfo;
import com.roamvault.ui.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Server screen: what {@code GET /api/admin/v1/server} says about this server, in words. The
 * system API key stays masked until revealed, and is masked again when the screen is left.
 */
public final class ServerViewModel {
    static final String MASK = "•".repeat(24);

    private final UiExecutor executor;
    private final ServerApi api;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dmz = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topology = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explained = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper uptime = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pin = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> pinQr = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper leaseKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper systemApiKey = new ReadOnlyStringWrapper("");
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final StringBinding shownApiKey;
    private final ObservableList<AppServerRow> appServers = FXCollections.observableArrayList();
    private final ObservableList<AppServerRow> readOnlyAppServers = FXCollections.unmodifiableObservableList(appServers);

    public ServerViewModel(UiExecutor executor, ServerApi api, Clock clock) {
        this.executor = executor;
        this.api = api;
        this.clock = clock;
        shownApiKey = Bindings.createStringBinding(() -> systemApiKey.get().isEmpty() ? ""
                : revealed.get() ? systemApiKey.get() : MASK, systemApiKey, revealed);
    }

    /** Asks the server again (each visit, F5 and Refresh: the uptime and the App Servers' contacts move). */
    public void load() {
        busy.set(true);
        error.set("");
        executor.submit(api::info, this::show, failure -> {
            busy.set(false);
            error.set(ConsoleErrors.describe(failure));
        });
    }

    /** The screen was left: the key is masked again for whoever looks next. */
    public void hidden() {
        revealed.set(false);
    }

    public void toggleReveal() {
        revealed.set(!revealed.get());
    }

    private void show(ServerInfo info) {
        busy.set(false);
        Instant now = clock.instant();
        topology.set(ServerTexts.topology(info.topology()));
        explained.set(ServerTexts.explained(info.topology()));
        dmz.set(ServerTexts.DMZ_CORE.equals(info.topology()));
        version.set(info.version());
        uptime.set(ServerTexts.uptime(info.uptime()) + " (since "
                + ServerTexts.time(now.minusSeconds(info.uptime()), clock.getZone()) + ")");
        pin.set(info.pin());
        pinQr.set(decode(info.pinQrPng()));
        leaseKey.set(info.leaseKey());
        systemApiKey.set(info.systemApiKey() == null ? "" : info.systemApiKey());
        appServers.setAll(info.appServers().stream().map(c -> AppServerRow.of(c, now, clock.getZone())).toList());
        loaded.set(true);
    }

    /** An older server sends no QR code: the pin is still there to copy. */
    private static byte[] decode(String base64) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True for a DMZ core, which lists its App Servers; false for all-in-one. */
    public ReadOnlyBooleanProperty dmzProperty() {
        return dmz.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explainedProperty() {
        return explained.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uptimeProperty() {
        return uptime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinProperty() {
        return pin.getReadOnlyProperty();
    }

    /** The pin as a QR code, PNG bytes (null until loaded, or from a server that sends none). */
    public ReadOnlyObjectProperty<byte[]> pinQrProperty() {
        return pinQr.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leaseKeyProperty() {
        return leaseKey.getReadOnlyProperty();
    }

    /** The key itself, for Copy; what the screen shows is {@link #shownApiKeyProperty()}. */
    public String systemApiKey() {
        return systemApiKey.get();
    }

    /** Dots until revealed, then the key. */
    public StringBinding shownApiKeyProperty() {
        return shownApiKey;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public ObservableList<AppServerRow> appServers() {
        return readOnlyAppServers;
    }
}
