package com.roamvault.console.settings;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;

/** The two calls the settings screen needs, so a test can also play a server whose rules differ. */
public interface SettingsApi {
    MobileSettings load() throws AdminApiException;

    MobileSettings save(MobileSettingsPatch patch) throws AdminApiException;

    static SettingsApi of(AdminClient client) {
        return new SettingsApi() {
            @Override
            public MobileSettings load() throws AdminApiException {
                return client.mobileSettings();
            }

            @Override
            public MobileSettings save(MobileSettingsPatch patch) throws AdminApiException {
                return client.updateMobileSettings(patch);
            }
        };
    }
}
