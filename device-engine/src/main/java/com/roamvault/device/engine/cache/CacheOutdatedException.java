package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;

/**
 * {@code no_cache}: the cache was written by an app version from before record versions, OTP
 * secrets and phone edits. It is never read into the new shape (a missing version would make
 * every edit a conflict); an online unlock rebuilds it from the server, which is logging in again.
 */
public final class CacheOutdatedException extends DeviceException {
    public CacheOutdatedException() {
        super(DeviceError.NO_CACHE, "This phone's offline cache was written by an older version of the app: "
                + "unlock while connected to the App Server to download it again");
    }
}
