package com.roamvault.console.users;

import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The selected user's Mobile Access Options being edited: one {@link OptionOverride} per option,
 * checked on their own and against each other as they change, and the complete set to send.
 */
final class OptionsEditor {
    private final Map<String, OptionOverride> options = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final List<Observable> inputs = new ArrayList<>();

    OptionsEditor() {
        for (OptionOverride option : OptionOverride.all()) {
            options.put(option.name(), option);
            option.inheritProperty().addListener((obs, old, now) -> validate());
            option.textProperty().addListener((obs, old, now) -> validate());
            inputs.addAll(List.of(option.inheritProperty(), option.textProperty(), option.onProperty(),
                    option.chosenProperty()));
        }
    }

    /** What a person can change: a binding on {@link #overrides()} depends on these. */
    List<Observable> inputs() {
        return List.copyOf(inputs);
    }

    /** Shows the server's answer: each option's override, the global value and the effective one. */
    void show(UserMobile mobile, MobilePolicy globalPolicy) {
        options.values().forEach(o -> o.show(mobile.overrides().value(o.option()), globalPolicy.value(o.option()),
                mobile.effective().value(o.option())));
        validate();
    }

    /** The server's complaints by field name (422 validation_failed), on the fields they are about. */
    void showFieldErrors(Map<String, String> problems) {
        problems.forEach((name, problem) -> {
            OptionOverride option = options.get(name);
            if (option != null) {
                option.showError(problem);
            }
        });
    }

    /** Each override on its own, then the rule between two: the cache locks before it is wiped. */
    private void validate() {
        boolean ok = true;
        for (OptionOverride o : options.values()) {
            String problem = o.problem();
            o.showError(problem);
            ok &= problem == null;
        }
        OptionOverride lock = options.get(MobileOption.OFFLINE_LOCK_DAYS.key());
        OptionOverride cache = options.get(MobileOption.OFFLINE_CACHE_DAYS.key());
        if (ok && lock.upcoming() instanceof Integer l && cache.upcoming() instanceof Integer c && l > 0 && l >= c) {
            // the problem goes on the field the admin can change here
            if (lock.inheritProperty().get()) {
                cache.showError("Must be more than the inherited offline lock days (" + l + ")");
            } else {
                lock.showError("Must be 0 (off) or less than the offline cache days (" + c + ")");
            }
            ok = false;
        }
        valid.set(ok);
    }

    /** Every option: the override where one is set, null where inherited. */
    MobileOptions overrides() {
        Map<MobileOption, Object> set = new EnumMap<>(MobileOption.class);
        options.values().forEach(o -> {
            if (o.value() != null) {
                set.put(o.option(), o.value());
            }
        });
        return MobileOptions.of(set);
    }

    List<OptionOverride> options() {
        return List.copyOf(options.values());
    }

    OptionOverride option(String name) {
        return Objects.requireNonNull(options.get(name), name);
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
