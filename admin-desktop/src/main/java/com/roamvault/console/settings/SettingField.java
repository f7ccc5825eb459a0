package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.OptionType;
import java.util.Arrays;
import java.util.List;

/**
 * One whole-number global option as a field: its label, meaning, unit and range all come from the
 * catalogue ({@link MobileOption}), the same one the server validates with.
 */
public record SettingField(MobileOption option, OptionType.Int type) {

    public static final List<SettingField> ALL = Arrays.stream(MobileOption.values())
            .filter(o -> o.type() instanceof OptionType.Int)
            .map(o -> new SettingField(o, (OptionType.Int) o.type()))
            .toList();

    public String name() {
        return option.key();
    }

    public String label() {
        return option.label();
    }

    public String meaning() {
        return option.description();
    }

    public String unit() {
        return type.unit();
    }

    public int min() {
        return type.min();
    }

    public int max() {
        return type.max();
    }

    public int read(MobileSettings settings) {
        return (Integer) settings.value(option);
    }

    public String range() {
        return min() + "–" + max() + " " + unit();
    }

    /** The problem with a typed value, or null when it is acceptable on its own. */
    public String problem(String text) {
        Integer value = parse(text);
        if (value == null) {
            return "Enter a whole number (" + range() + ")";
        }
        return value < min() || value > max() ? "Must be " + range() : null;
    }

    static Integer parse(String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
