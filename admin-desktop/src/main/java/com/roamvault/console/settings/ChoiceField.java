package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.OptionType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One global option that is one of a few words ({@link OptionType.Choice}), shown as the words a
 * person reads ("read-only" rather than "off"); the words sent stay the catalogue's.
 */
public record ChoiceField(MobileOption option, OptionType.Choice type) {

    public static final List<ChoiceField> ALL = Arrays.stream(MobileOption.values())
            .filter(o -> o.type() instanceof OptionType.Choice)
            .map(o -> new ChoiceField(o, (OptionType.Choice) o.type()))
            .toList();

    /** How the admin reads each word; a word not listed here is shown as it is. */
    private static final Map<MobileOption, Map<String, String>> READABLE = Map.of(MobileOption.MOBILE_EDIT_MODE,
            Map.of("off", "read-only", "online", "while online", "offline", "online and offline (queued)"));

    /** The field of a choice option, or null when the option is not one. */
    public static ChoiceField of(MobileOption option) {
        return ALL.stream().filter(f -> f.option() == option).findFirst().orElse(null);
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

    /** The catalogue's words, in its order. */
    public List<String> values() {
        return type.values();
    }

    /** "online" → "while online". */
    public String readable(String value) {
        if (value == null) {
            return "";
        }
        return READABLE.getOrDefault(option, Map.of()).getOrDefault(value, value);
    }

    public String read(MobileSettings settings) {
        return (String) settings.value(option);
    }
}
