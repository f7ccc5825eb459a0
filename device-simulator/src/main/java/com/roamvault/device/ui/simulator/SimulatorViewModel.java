package com.roamvault.device.ui.simulator;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.guided.GuidedStory;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.guided.GuidedDemoViewModel;
import com.roamvault.device.ui.guided.PhoneHands;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.scenario.ScenarioPlayerViewModel;
import com.roamvault.device.ui.support.PhoneErrors;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.theme.SchemeChoice;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The simulator window: the phones side by side (each its own user), adding and removing them,
 * the System/Light/Dark scheme choice, and the scenario player.
 */
public final class SimulatorViewModel {
    /** The add-phone choice for a phone that starts unpaired (to paste a pairing code by hand). */
    public static final String UNPAIRED = "(unpaired)";
    /** The demo user whose phone the guided demo drives. */
    public static final String GUIDED_USER = "CORP\\jsmith";

    private final PhoneSource source;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<PhoneSlot> phones = FXCollections.observableArrayList();
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> userToAdd = new SimpleObjectProperty<>();
    private final ObjectProperty<SchemeChoice> scheme = new SimpleObjectProperty<>(SchemeChoice.SYSTEM);
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    private final Queue<Request> waiting = new ArrayDeque<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ScenarioPlayerViewModel scenario;
    private final GuidedDemoViewModel guided;

    public SimulatorViewModel(PhoneSource source, UiExecutor executor, DialogService dialogs) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        users.add(UNPAIRED);
        users.addAll(source.usernames());
        userToAdd.set(source.usernames().isEmpty() ? UNPAIRED : source.usernames().getFirst());
        scenario = new ScenarioPlayerViewModel(this::showScenarioPhones, source.scenarioOptions(), executor, dialogs);
        guided = new GuidedDemoViewModel(this::missionStory, executor);
    }

    /** The guided demo, told on the demo phone: CORP\\jsmith's if there is one, else the first demo user's. */
    private Optional<GuidedStory> missionStory() {
        List<PhoneSlot> own = phones.stream().filter(s -> !s.scenario() && s.phone().snapshot().username() != null)
                .toList();
        return own.stream().filter(s -> GUIDED_USER.equalsIgnoreCase(s.phone().snapshot().username()))
                .findFirst().or(() -> own.stream()
                        .filter(s -> source.masterPassword(s.phone().snapshot().username()).isPresent()).findFirst())
                .flatMap(s -> source.missionStory(s.phone().device(), s.phone().snapshot().username(),
                        new PhoneHands(s.phone(), PhoneHands.PAUSE)));
    }

    /** Adds a phone for the chosen user (paired with their code), or an unpaired one. */
    public void addPhone() {
        String choice = userToAdd.get();
        addPhone(choice == null || UNPAIRED.equals(choice) ? null : choice);
    }

    /** Adds a phone for {@code username} (null: unpaired); phones appear in the order they were asked for. */
    public void addPhone(String username) {
        addPhone(username, false);
    }

    /**
     * Adds a phone for {@code username}; with {@code logIn} it also logs in (and so syncs) with the
     * user's demo master password, when the server is a demo one. A failed login leaves the phone
     * paired, with the reason in the message line.
     */
    public void addPhone(String username, boolean logIn) {
        waiting.add(new Request(username, logIn));
        if (!adding.get()) {
            addNext();
        }
    }

    private record Request(String username, boolean logIn) {
    }

    private record Opened(Device device, DeviceSnapshot snapshot, String loginFailure) {
    }

    private void addNext() {
        Request next = waiting.poll();
        if (next == null) {
            adding.set(false);
            message.set("");
            return;
        }
        adding.set(true);
        String username = next.username();
        message.set(username == null ? "Adding an unpaired phone…" : "Adding a phone for " + username
                + (next.logIn() ? " and logging it in…" : "…"));
        executor.submit(() -> {
            Device device = source.open(username);
            String loginFailure = next.logIn() && username != null ? logIn(device, username) : null;
            return new Opened(device, device.snapshot(), loginFailure);
        }, opened -> {
            PhoneViewModel phone = new PhoneViewModel(opened.device(), opened.snapshot(), executor, dialogs);
            phones.add(new PhoneSlot(phone, new DeviceControlViewModel(phone),
                    username == null ? "" : source.hint(username).orElse(""), false));
            addNext();
            if (opened.loginFailure() != null) {
                message.set(opened.loginFailure());
            }
        }, failed -> {
            addNext();
            message.set("Could not add the phone: " + PhoneErrors.describe(failed));
        });
    }

    /** Off the UI thread: logs the new phone in with the demo password; says why not, or null when it did. */
    private String logIn(Device device, String username) {
        Optional<String> password = source.masterPassword(username);
        if (password.isEmpty()) {
            return "No demo master password known for " + username + ": log the phone in by hand";
        }
        try {
            device.login(password.get());
            return null;
        } catch (RuntimeException e) {
            return "The phone for " + username + " could not log in: " + PhoneErrors.describe(e);
        }
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

    public ObjectProperty<SchemeChoice> schemeProperty() {
        return scheme;
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

    public GuidedDemoViewModel guided() {
        return guided;
    }
}
