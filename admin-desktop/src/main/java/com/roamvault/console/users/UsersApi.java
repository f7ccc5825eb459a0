package com.roamvault.console.users;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserPage;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import java.util.List;

/** The calls the user accounts screen needs, so a test can also play a failing server. */
public interface UsersApi {
    UserPage page(String query, int limit, int offset) throws AdminApiException;

    /** The global settings, to show what an inherited option inherits. */
    MobileSettings globals() throws AdminApiException;

    UserMobile mobile(long userId) throws AdminApiException;

    UserMobile saveMobile(long userId, MobileOptions overrides) throws AdminApiException;

    void unlock(long userId) throws AdminApiException;

    void resetMasterPassword(long userId, String password) throws AdminApiException;

    PairingCode pairingCode(long userId) throws AdminApiException;

    List<DeviceDetail> devices(String username) throws AdminApiException;

    static UsersApi of(AdminClient client) {
        return new UsersApi() {
            @Override
            public UserPage page(String query, int limit, int offset) throws AdminApiException {
                return client.users(query, limit, offset);
            }

            @Override
            public MobileSettings globals() throws AdminApiException {
                return client.mobileSettings();
            }

            @Override
            public UserMobile mobile(long userId) throws AdminApiException {
                return client.userMobile(userId);
            }

            @Override
            public UserMobile saveMobile(long userId, MobileOptions overrides) throws AdminApiException {
                return client.updateUserMobile(userId, overrides);
            }

            @Override
            public void unlock(long userId) throws AdminApiException {
                client.unlockUser(userId);
            }

            @Override
            public void resetMasterPassword(long userId, String password) throws AdminApiException {
                client.resetMasterPassword(userId, password);
            }

            @Override
            public PairingCode pairingCode(long userId) throws AdminApiException {
                return client.pairingCode(userId);
            }

            @Override
            public List<DeviceDetail> devices(String username) throws AdminApiException {
                return client.devices(username).devices();
            }
        };
    }
}
