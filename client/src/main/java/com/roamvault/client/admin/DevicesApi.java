package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.DevicePage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.HttpUrl;

/** Registered phones. */
public final class DevicesApi {
    private final AdminSession session;

    DevicesApi(AdminSession session) {
        this.session = session;
    }

    /** Every registered phone, or only those of one user when {@code usernameOrNull} is given. */
    public List<DeviceDetail> list(String usernameOrNull) throws RoamvaultClientException {
        HttpUrl.Builder url = session.url(Paths.ADMIN_DEVICES);
        if (usernameOrNull != null && !usernameOrNull.isBlank()) {
            url.addQueryParameter("user", usernameOrNull.strip());
        }
        return session.get(url.build(), DevicePage.class).devices();
    }

    /** The phone is wiped at its next contact; revoking twice changes nothing. */
    public DeviceDetail revoke(String deviceId) throws RoamvaultClientException {
        // encoded, so a garbled id stays one path segment (and is a plain 404)
        String id = URLEncoder.encode(deviceId == null ? "" : deviceId, StandardCharsets.UTF_8).replace("+", "%20");
        return session.post(Paths.adminDeviceRevoke(id), null, DeviceDetail.class);
    }
}
