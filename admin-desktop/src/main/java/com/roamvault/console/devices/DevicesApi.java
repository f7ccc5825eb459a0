package com.roamvault.console.devices;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.protocol.admin.DeviceDetail;
import java.util.List;

/** The two calls the devices screen needs, so a test can also play a failing server. */
public interface DevicesApi {
    List<DeviceDetail> list(String usernameOrNull) throws RoamvaultClientException;

    DeviceDetail revoke(String deviceId) throws RoamvaultClientException;

    static DevicesApi of(AdminClient client) {
        return new DevicesApi() {
            @Override
            public List<DeviceDetail> list(String usernameOrNull) throws RoamvaultClientException {
                return client.devices().list(usernameOrNull);
            }

            @Override
            public DeviceDetail revoke(String deviceId) throws RoamvaultClientException {
                return client.devices().revoke(deviceId);
            }
        };
    }
}
