package com.roamvault.device.ui.settings;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.policy.MobilePolicy;
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
        rows.add(Map.entry("Offline cache", p.offlineCacheDays() == 0 ? "not allowed" : p.offlineCacheDays() + " days"));
        rows.add(Map.entry("Offline lock", p.offlineLockDays() == 0 ? "off" : "after " + p.offlineLockDays() + " days"));
        rows.add(Map.entry("Fingerprint unlock", p.biometricUnlockAllowed() ? "allowed" : "not allowed"));
        rows.add(Map.entry("Master password", "≥ " + p.masterPasswordMinLength() + " chars, strength ≥ "
                + p.masterPasswordMinStrength() + "/4"));
        rows.add(Map.entry("Wipe after", p.maxFailedUnlockAttempts() == 0 ? "never"
                : p.maxFailedUnlockAttempts() + " failed unlocks"));
        rows.add(Map.entry("Auto-lock", p.autoLockMinutes() + " min"));
        rows.add(Map.entry("Clipboard clears", p.clipboardClearSeconds() + " s"));
        return rows;
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
