package com.roamvault.console.users;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import java.util.List;

/** The calls the user accounts screen needs, so a test can also play a failing server. */
public interface UsersApi {
    UserPage page(String query, int limit, int offset) throws RoamvaultClientException;

    /** The global settings, to show what an inherited option inherits. */
    MobileSettings globals() throws RoamvaultClientException;

    UserMobile mobile(long userId) throws RoamvaultClientException;

    UserMobile saveMobile(long userId, MobileOptions overrides) throws RoamvaultClientException;

    void unlock(long userId) throws RoamvaultClientException;

    void resetMasterPassword(long userId, String password) throws RoamvaultClientException;

    PairingCode pairingCode(long userId) throws RoamvaultClientException;

    List<DeviceDetail> devices(String username) throws RoamvaultClientException;

    static UsersApi of(AdminClient client) {
        return new UsersApi() {
            @Override
            public UserPage page(String query, int limit, int offset) throws RoamvaultClientException {
                return client.users().page(query, limit, offset);
            }

            @Override
            public MobileSettings globals() throws RoamvaultClientException {
                return client.settings().global();
            }

            @Override
            public UserMobile mobile(long userId) throws RoamvaultClientException {
                return client.settings().user(userId);
            }

            @Override
            public UserMobile saveMobile(long userId, MobileOptions overrides) throws RoamvaultClientException {
                return client.settings().replaceUserOverrides(userId, overrides);
            }

            @Override
            public void unlock(long userId) throws RoamvaultClientException {
                client.users().unlock(userId);
            }

            @Override
            public void resetMasterPassword(long userId, String password) throws RoamvaultClientException {
                client.users().resetMasterPassword(userId, password);
            }

            @Override
            public PairingCode pairingCode(long userId) throws RoamvaultClientException {
                return client.users().pairingCode(userId);
            }

            @Override
            public List<DeviceDetail> devices(String username) throws RoamvaultClientException {
                return client.devices().list(username);
            }
        };
    }
}
