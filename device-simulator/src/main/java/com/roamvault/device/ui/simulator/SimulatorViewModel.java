package com.roamvault.device.ui.simulator;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.scenario.ScenarioPlayerViewModel;
import com.roamvault.device.ui.support.DialogService;
import com.roamvault.device.ui.support.ErrorTexts;
import com.roamvault.device.ui.support.UiExecutor;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The simulator window: the phones side by side (each its own user), adding and removing them,
 * the light/dark scheme, and the scenario player.
 */
public final class SimulatorViewModel {
    /** The add-phone choice for a phone that starts unpaired (to paste a pairing code by hand). */
    public static final String UNPAIRED = "(unpaired)";

    private final PhoneSource source;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<PhoneSlot> phones = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> userToAdd = new SimpleObjectProperty<>();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    private final Queue<Optional<String>> waiting = new ArrayDeque<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ScenarioPlayerViewModel scenario;

    public SimulatorViewModel(PhoneSource source, UiExecutor executor, DialogService dialogs) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        users.add(UNPAIRED);
        users.addAll(source.usernames());
        userToAdd.set(source.usernames().isEmpty() ? UNPAIRED : source.usernames().getFirst());
        scenario = new ScenarioPlayerViewModel(this, source.scenarioOptions(), executor, dialogs);
    }

    /** Adds a phone for the chosen user (paired with their code), or an unpaired one. */
    public void addPhone() {
        String choice = userToAdd.get();
        addPhone(choice == null || UNPAIRED.equals(choice) ? null : choice);
    }

    /** Adds a phone for {@code username} (null: unpaired); phones appear in the order they were asked for. */
    public void addPhone(String username) {
        waiting.add(Optional.ofNullable(username));
        if (!adding.get()) {
            addNext();
        }
    }

    private void addNext() {
        Optional<String> next = waiting.poll();
        if (next == null) {
            adding.set(false);
            message.set("");
            return;
        }
        adding.set(true);
        String username = next.orElse(null);
        message.set(username == null ? "Adding an unpaired phone…" : "Adding a phone for " + username + "…");
        executor.submit(() -> {
            Device device = source.open(username);
            return Map.entry(device, device.snapshot());
        }, opened -> {
            PhoneViewModel phone = new PhoneViewModel(opened.getKey(), opened.getValue(), executor, dialogs);
            phones.add(new PhoneSlot(phone, new DeviceControlViewModel(phone),
                    username == null ? "" : source.hint(username).orElse(""), false));
            addNext();
        }, failed -> {
            addNext();
            message.set("Could not add the phone: " + ErrorTexts.describe(failed));
        });
    }

    public void removePhone(PhoneSlot slot) {
        phones.remove(slot);
        if (!slot.scenario()) {
            Device device = slot.phone().device();
            executor.submit(() -> {
                device.close();
                return null;
            }, ok -> { }, failed -> { });
        }
    }

    /** Shows a scenario's phones (replacing the previous scenario's), driven by the script. */
    public void showScenarioPhones(Map<String, Device> devices, Map<String, DeviceSnapshot> snapshots) {
        phones.removeIf(PhoneSlot::scenario);
        devices.forEach((name, device) -> {
            PhoneViewModel phone = PhoneViewModel.watching(device, snapshots.get(name), executor, dialogs);
            phones.add(new PhoneSlot(phone, new DeviceControlViewModel(phone), "scenario phone", true));
        });
    }

    /** The engine's timers (auto-lock, expiry, clipboard, countdowns): the window calls this every second. */
    public void tick() {
        List.copyOf(phones).forEach(slot -> slot.phone().tick());
    }

    public ObservableList<PhoneSlot> phones() {
        return phones;
    }

    public ObservableList<String> users() {
        return users;
    }

    public ObjectProperty<String> userToAddProperty() {
        return userToAdd;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String serverDescription() {
        return source.serverDescription();
    }

    public ScenarioPlayerViewModel scenario() {
        return scenario;
    }
}
