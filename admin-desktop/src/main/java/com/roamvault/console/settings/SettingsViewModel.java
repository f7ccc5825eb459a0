package com.roamvault.console.settings;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;
import com.roamvault.ui.UiExecutor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Mobile App Settings: the global options, checked as they are typed; Save sends only what
 * changed (so another admin's concurrent change to other options survives), Revert restores
 * what the server last said. Server validation errors land on their field.
 */
public final class SettingsViewModel {
    private final UiExecutor executor;
    private final SettingsApi api;
    private final Map<String, NumberSetting> numbers = new LinkedHashMap<>();
    private final Map<MobileOption, BooleanProperty> switches = new LinkedHashMap<>();
    private final Map<MobileOption, ObjectProperty<String>> choices = new LinkedHashMap<>();
    private final NetworksSetting networks = new NetworksSetting();
    private final ReadOnlyObjectWrapper<MobileSettings> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    public SettingsViewModel(UiExecutor executor, SettingsApi api) {
        this.executor = executor;
        this.api = api;
        List<Observable> inputs = new ArrayList<>(List.of(saved));
        for (SwitchField field : SwitchField.ALL) {
            BooleanProperty on = new SimpleBooleanProperty();
            switches.put(field.option(), on);
            inputs.add(on);
        }
        for (ChoiceField field : ChoiceField.ALL) {
            ObjectProperty<String> chosen = new SimpleObjectProperty<>();
            choices.put(field.option(), chosen);
            inputs.add(chosen);
        }
        for (SettingField field : SettingField.ALL) {
            NumberSetting setting = new NumberSetting(field);
            numbers.put(field.name(), setting);
            setting.textProperty().addListener((obs, old, now) -> validate());
            inputs.add(setting.textProperty());
        }
        inputs.add(networks.textProperty());
        dirty = Bindings.createBooleanBinding(() -> saved.get() != null && !patch().equals(EMPTY),
                inputs.toArray(Observable[]::new));
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && valid.get() && !busy.get(), dirty, valid, busy);
    }

    private static final MobileSettingsPatch EMPTY = MobileSettingsPatch.of(Map.of());

    public void load() {
        busy.set(true);
        status.set("Loading…");
        executor.submit(api::load, this::show, this::failed);
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        MobileSettingsPatch patch = patch();
        busy.set(true);
        error.set("");
        status.set("Saving…");
        executor.submit(() -> api.save(patch), settings -> {
            show(settings);
            status.set("Saved.");
        }, this::failed);
    }

    public void revert() {
        if (saved.get() != null) {
            show(saved.get());
        }
    }

    private void show(MobileSettings settings) {
        busy.set(false);
        status.set("");
        error.set("");
        saved.set(settings);
        switches.forEach((option, on) -> on.set((Boolean) settings.value(option)));
        choices.forEach((option, chosen) -> chosen.set((String) settings.value(option)));
        numbers.values().forEach(n -> n.textProperty().set(String.valueOf(n.field().read(settings))));
        networks.show(settings.trustedNetworks());
        validate();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        error.set(ConsoleErrors.describe(failure));
        if (failure instanceof RoamvaultClientException e) {
            e.fields().forEach((name, problem) -> {
                NumberSetting setting = numbers.get(name);
                if (setting != null) {
                    setting.showError(problem);
                }
                if (name.equals(NetworksSetting.OPTION.key())) {
                    networks.showError(problem);
                }
            });
        }
    }

    /** Each field on its own, then the one rule between fields: lock before wipe. */
    private void validate() {
        boolean ok = true;
        for (NumberSetting n : numbers.values()) {
            String problem = n.field().problem(n.textProperty().get());
            n.showError(problem);
            ok &= problem == null;
        }
        Integer cache = numbers.get(MobileOption.OFFLINE_CACHE_DAYS.key()).value();
        NumberSetting lockSetting = numbers.get(MobileOption.OFFLINE_LOCK_DAYS.key());
        Integer lock = lockSetting.value();
        if (ok && lock > 0 && lock >= cache) {
            lockSetting.showError("Must be 0 (off) or less than the offline cache days (" + cache + ")");
            ok = false;
        }
        valid.set(ok);
    }

    /** Only what differs from the server's last answer; unparsable fields are left out (Save is off then). */
    MobileSettingsPatch patch() {
        MobileSettings s = saved.get();
        if (s == null) {
            return EMPTY;
        }
        Map<MobileOption, Object> changed = new EnumMap<>(MobileOption.class);
        switches.forEach((option, on) -> {
            if (on.get() != (Boolean) s.value(option)) {
                changed.put(option, on.get());
            }
        });
        choices.forEach((option, chosen) -> {
            if (chosen.get() != null && !chosen.get().equals(s.value(option))) {
                changed.put(option, chosen.get());
            }
        });
        for (NumberSetting n : numbers.values()) {
            Integer value = n.value();
            if (value != null && value != n.field().read(s)) {
                changed.put(n.field().option(), value);
            }
        }
        if (!networks.value().equals(s.trustedNetworks())) {
            changed.put(NetworksSetting.OPTION, networks.value());
        }
        return MobileSettingsPatch.of(changed);
    }

    public List<NumberSetting> numbers() {
        return List.copyOf(numbers.values());
    }

    public NumberSetting number(String name) {
        return Objects.requireNonNull(numbers.get(name), name);
    }

    public NetworksSetting networks() {
        return networks;
    }

    /** The on/off state of a {@link SwitchField}'s option. */
    public BooleanProperty switchProperty(MobileOption option) {
        return Objects.requireNonNull(switches.get(option), option.key());
    }

    /** The word chosen for a {@link ChoiceField}'s option ("off", "online", ...). */
    public ObjectProperty<String> choiceProperty(MobileOption option) {
        return Objects.requireNonNull(choices.get(option), option.key());
    }

    public ReadOnlyObjectProperty<MobileSettings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
