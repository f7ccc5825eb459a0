package com.roamvault.console.users;

import com.roamvault.console.settings.ChoiceField;
import com.roamvault.console.settings.SettingField;
import com.roamvault.protocol.policy.MobileOption;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of a user's Mobile Access Options: either inherited (the global value applies) or an
 * override the admin typed, beside the effective value the server computed. Labels, units and
 * ranges come from the catalogue ({@link MobileOption}) through the Settings screen's {@link SettingField}.
 */
public final class OptionOverride {
    private final MobileOption option;
    private final SettingField number;
    private final ChoiceField choice;
    private final BooleanProperty inherit = new SimpleBooleanProperty(true);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper global = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper effective = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding inheritText = Bindings.createStringBinding(() -> "inherit (" + global.get() + ")",
            global);
    private Object globalValue;

    private OptionOverride(MobileOption option, SettingField number, ChoiceField choice) {
        this.option = option;
        this.number = number;
        this.choice = choice;
        // ticking "override" starts from the value inherited so far, the usual small edit
        inherit.addListener((obs, was, now) -> {
            if (!now && globalValue != null && (number == null || text.get().isBlank())) {
                fill(globalValue);
            }
            if (now) {
                error.set("");
            }
        });
    }

    /** The per-user options in the catalogue's order (the global-only brute-force options are left out). */
    static List<OptionOverride> all() {
        return MobileOption.perUserOptions().stream().map(OptionOverride::of).toList();
    }

    private static OptionOverride of(MobileOption option) {
        SettingField number = SettingField.ALL.stream().filter(f -> f.option() == option).findFirst().orElse(null);
        return new OptionOverride(option, number, ChoiceField.of(option));
    }

    /** Shows what the server said: the override (null = inherited), the global value and the effective one. */
    void show(Object override, Object globalValue, Object effectiveValue) {
        this.globalValue = globalValue;
        global.set(format(globalValue));
        effective.set(format(effectiveValue));
        text.set("");
        inherit.set(override == null);
        fill(override != null ? override : globalValue);
        error.set("");
    }

    private void fill(Object value) {
        if (value instanceof Boolean b) {
            on.set(b);
        } else if (isChoice()) {
            chosen.set((String) value);
        } else {
            text.set(String.valueOf(value));
        }
    }

    /** The override to send: null when inherited (or, for a number, not yet a number: validation stops Save). */
    Object value() {
        if (inherit.get()) {
            return null;
        }
        if (isSwitch()) {
            return on.get();
        }
        if (isChoice()) {
            return chosen.get();
        }
        return number.problem(text.get()) == null ? Integer.valueOf(text.get().strip()) : null;
    }

    /** The value that will apply once saved: the override, or the global one when inherited. */
    Object upcoming() {
        Object value = value();
        return value != null ? value : globalValue;
    }

    /** The problem with the typed override on its own, null when fine or inherited. */
    String problem() {
        return inherit.get() || number == null ? null : number.problem(text.get());
    }

    void showError(String problem) {
        error.set(problem == null ? "" : problem);
    }

    /** "14 days", "3 of 4", "off", "never", "yes"/"no": how the admin reads a value of this option. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof String word) {
            return choice == null ? word : choice.readable(word);
        }
        int n = (Integer) value;
        return switch (option) {
            case OFFLINE_CACHE_DAYS -> n == 0 ? "0 (no offline cache)" : plural(n, "day");
            case OFFLINE_LOCK_DAYS -> n == 0 ? "off" : plural(n, "day");
            case MAX_FAILED_UNLOCK_ATTEMPTS -> n == 0 ? "never wipe" : plural(n, "attempt");
            case MASTER_PASSWORD_MIN_STRENGTH -> n + " of " + number.max();
            default -> n + " " + number.unit();
        };
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public boolean isSwitch() {
        return number == null && choice == null;
    }

    /** One of a few words (a drop-down); {@link #choice()} has them. */
    public boolean isChoice() {
        return choice != null;
    }

    /** The words and how they read, for a choice option; null otherwise. */
    public ChoiceField choice() {
        return choice;
    }

    public MobileOption option() {
        return option;
    }

    public String name() {
        return option.key();
    }

    public String label() {
        return option.label();
    }

    public String meaning() {
        return option.description();
    }

    /** "8–128 characters" for a number, empty for on/off. */
    public String range() {
        return number == null ? "" : number.range();
    }

    /** "days", "characters", ... (empty for on/off). */
    public String unit() {
        return number == null ? "" : number.unit();
    }

    public BooleanProperty inheritProperty() {
        return inherit;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** The word of a choice override ("off", "online", ...). */
    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty globalProperty() {
        return global.getReadOnlyProperty();
    }

    public StringBinding inheritTextProperty() {
        return inheritText;
    }

    public ReadOnlyStringProperty effectiveProperty() {
        return effective.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
