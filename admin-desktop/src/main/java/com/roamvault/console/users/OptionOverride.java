package com.roamvault.console.users;

import com.roamvault.console.settings.SettingField;
import com.roamvault.console.settings.SwitchField;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of a user's Mobile Access Options: either inherited (the global value applies) or an
 * override the admin typed, beside the effective value the server computed. Labels, units and
 * ranges are the Settings screen's own ({@link SettingField}, {@link SwitchField}).
 */
public final class OptionOverride {
    private final String name;
    private final String label;
    private final String meaning;
    private final SettingField number;
    private final BooleanProperty inherit = new SimpleBooleanProperty(true);
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper global = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper effective = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding inheritText = Bindings.createStringBinding(() -> "inherit (" + global.get() + ")",
            global);
    private Object globalValue;

    private OptionOverride(String name, String label, String meaning, SettingField number) {
        this.name = name;
        this.label = label;
        this.meaning = meaning;
        this.number = number;
        // ticking "override" starts from the value inherited so far, the usual small edit
        inherit.addListener((obs, was, now) -> {
            if (!now && globalValue != null && (isSwitch() || text.get().isBlank())) {
                fill(globalValue);
            }
            if (now) {
                error.set("");
            }
        });
    }

    /** The per-user options in DESIGN.md's order (the global-only brute-force options are left out). */
    static List<OptionOverride> all() {
        return Stream.of("mobileAccessEnabled", "offlineCacheDays", "offlineLockDays", "biometricUnlockAllowed",
                "masterPasswordMinLength", "masterPasswordMinStrength", "maxFailedUnlockAttempts", "autoLockMinutes",
                "clipboardClearSeconds").map(OptionOverride::of).toList();
    }

    private static OptionOverride of(String name) {
        for (SwitchField s : SwitchField.ALL) {
            if (s.name().equals(name)) {
                return new OptionOverride(name, s.label(), s.meaning(), null);
            }
        }
        SettingField f = SettingField.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return new OptionOverride(name, f.label(), f.meaning(), f);
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
        return number.problem(text.get()) == null ? Integer.valueOf(text.get().strip()) : null;
    }

    /** The value that will apply once saved: the override, or the global one when inherited. */
    Object upcoming() {
        Object value = value();
        return value != null ? value : globalValue;
    }

    /** The problem with the typed override on its own, null when fine or inherited. */
    String problem() {
        return inherit.get() || isSwitch() ? null : number.problem(text.get());
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
        int n = (Integer) value;
        return switch (name) {
            case "offlineCacheDays" -> n == 0 ? "0 (no offline cache)" : plural(n, "day");
            case "offlineLockDays" -> n == 0 ? "off" : plural(n, "day");
            case "maxFailedUnlockAttempts" -> n == 0 ? "never wipe" : plural(n, "attempt");
            case "masterPasswordMinStrength" -> n + " of 4";
            default -> n + " " + number.unit();
        };
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    public boolean isSwitch() {
        return number == null;
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** "8–128 characters" for a number, empty for on/off. */
    public String range() {
        return isSwitch() ? "" : number.range();
    }

    /** "days", "characters", ... (empty for on/off). */
    public String unit() {
        return isSwitch() ? "" : number.unit();
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
