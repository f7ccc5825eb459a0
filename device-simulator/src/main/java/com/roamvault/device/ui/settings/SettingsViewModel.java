package com.roamvault.device.ui.settings;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.protocol.policy.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Settings and about: who and where this phone is (device id, server, pin) and the policy in force. */
public final class SettingsViewModel {
    private final PhoneSession phone;
    private final ObjectBinding<List<Map.Entry<String, String>>> about;
    private final ObjectBinding<List<Map.Entry<String, String>>> policy;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SettingsViewModel(PhoneSession phone) {
        this.phone = phone;
        var snapshot = phone.snapshotProperty();
        about = Bindings.createObjectBinding(() -> about(snapshot.get()), snapshot);
        policy = Bindings.createObjectBinding(() -> policy(snapshot.get().policy()), snapshot);
    }

    static List<Map.Entry<String, String>> about(DeviceSnapshot s) {
        return List.of(Map.entry("User", orDash(s.username())), Map.entry("Device", s.name()),
                Map.entry("Device id", orDash(s.deviceId())), Map.entry("Server", orDash(s.serverUrl())),
                Map.entry("Pinned key", orDash(s.pin())), Map.entry("App", "Roamvault simulator 0.1.0"));
    }

    static List<Map.Entry<String, String>> policy(MobilePolicy p) {
        if (p == null) {
            return List.of(Map.entry("Policy", "received at the next login"));
        }
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        for (MobileOption option : MobileOption.perUserOptions()) {
            if (option != MobileOption.MOBILE_ACCESS_ENABLED) { // the phone is in use: it is on
                rows.add(Map.entry(option.label(), shown(option, p.value(option))));
            }
        }
        return rows;
    }

    /** How a phone user reads a value: the catalogue's unit, with words where 0 or on/off mean more. */
    private static String shown(MobileOption option, Object value) {
        if (value instanceof Boolean allowed) {
            return allowed ? "allowed" : "not allowed";
        }
        if (value instanceof String word) {
            return option == MobileOption.MOBILE_EDIT_MODE ? editMode(word) : word;
        }
        int n = (Integer) value;
        OptionType.Int type = (OptionType.Int) option.type();
        return switch (option) {
            case OFFLINE_CACHE_DAYS -> n == 0 ? "not allowed" : n + " days";
            case OFFLINE_LOCK_DAYS -> n == 0 ? "off" : "after " + n + " days";
            case MASTER_PASSWORD_MIN_LENGTH -> "≥ " + n + " characters";
            case MASTER_PASSWORD_MIN_STRENGTH -> "≥ " + n + "/" + type.max();
            case MAX_FAILED_UNLOCK_ATTEMPTS -> n == 0 ? "never" : n + " failed unlocks";
            default -> n + " " + type.unit();
        };
    }

    private static String editMode(String mode) {
        return switch (mode) {
            case "off" -> "read-only";
            case "offline" -> "online and offline";
            default -> "while online";
        };
    }

        private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    public void changeMasterPassword() {
        phone.show(Screen.CHANGE_PASSWORD);
    }

    public void lock() {
        phone.perform(null, d -> d.lock(), () -> { }, f -> error.set(f.text()));
    }

    /** Logging out wipes the cache: asked first. */
    public void logOut() {
        if (phone.dialogs().confirm("Log out?", "Logging out wipes the offline cache on this phone. "
                + "You will need to log in again online.")) {
            phone.perform("Logging out…", d -> d.logout(), () -> { }, f -> error.set(f.text()));
        }
    }

    public void back() {
        phone.show(Screen.RECORDS);
    }

    public ObjectBinding<List<Map.Entry<String, String>>> aboutProperty() {
        return about;
    }

    public ObjectBinding<List<Map.Entry<String, String>>> policyProperty() {
        return policy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
