package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.OptionType;
import java.util.Arrays;
import java.util.List;

/** One on/off global option, from the catalogue ({@link MobileOption}). The whole-number ones are {@link SettingField}s. */
public record SwitchField(MobileOption option) {

    public static final List<SwitchField> ALL = Arrays.stream(MobileOption.values())
            .filter(o -> o.type() instanceof OptionType.Bool)
            .map(SwitchField::new)
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

    public boolean read(MobileSettings settings) {
        return (Boolean) settings.value(option);
    }
}
