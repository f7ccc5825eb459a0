package com.roamvault.console.settings;

import com.roamvault.protocol.policy.MobileSettings;
import java.util.List;
import java.util.function.Predicate;

/** One on/off global option: what it means (DESIGN.md). The whole-number ones are {@link SettingField}s. */
public record SwitchField(String name, String label, String meaning, Predicate<MobileSettings> read) {

    public static final SwitchField MOBILE_ACCESS = new SwitchField("mobileAccessEnabled", "Mobile access",
            "Users may use the mobile app at all.", MobileSettings::mobileAccessEnabled);
    public static final SwitchField BIOMETRIC_UNLOCK = new SwitchField("biometricUnlockAllowed", "Biometric unlock",
            "Phones may offer fingerprint unlock.", MobileSettings::biometricUnlockAllowed);
    public static final List<SwitchField> ALL = List.of(MOBILE_ACCESS, BIOMETRIC_UNLOCK);
}
