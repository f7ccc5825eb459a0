package com.roamvault.console.devices;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;
import com.roamvault.protocol.admin.DeviceDetail;
import java.util.List;

/** The two calls the devices screen needs, so a test can also play a failing server. */
public interface DevicesApi {
    List<DeviceDetail> list(String usernameOrNull) throws AdminApiException;

    DeviceDetail revoke(String deviceId) throws AdminApiException;

    static DevicesApi of(AdminClient client) {
        return new DevicesApi() {
            @Override
            public List<DeviceDetail> list(String usernameOrNull) throws AdminApiException {
                return client.devices(usernameOrNull).devices();
            }

            @Override
            public DeviceDetail revoke(String deviceId) throws AdminApiException {
                return client.revokeDevice(deviceId);
            }
        };
    }
}
