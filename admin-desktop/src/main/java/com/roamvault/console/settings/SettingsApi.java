package com.roamvault.console.settings;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.protocol.policy.MobileSettingsPatch;

/** The two calls the settings screen needs, so a test can also play a server whose rules differ. */
public interface SettingsApi {
    MobileSettings load() throws RoamvaultClientException;

    MobileSettings save(MobileSettingsPatch patch) throws RoamvaultClientException;

    static SettingsApi of(AdminClient client) {
        return new SettingsApi() {
            @Override
            public MobileSettings load() throws RoamvaultClientException {
                return client.settings().global();
            }

            @Override
            public MobileSettings save(MobileSettingsPatch patch) throws RoamvaultClientException {
                return client.settings().updateGlobal(patch);
            }
        };
    }
}
