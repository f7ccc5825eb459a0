package com.roamvault.device.engine.keystore;

/** Like Android's: the key requires user authentication and may only be used through the sensor. */
public final class UserNotAuthenticatedException extends RuntimeException {
    public UserNotAuthenticatedException(String alias) {
        super("key '" + alias + "' requires user authentication; use it through a biometric authorization");
    }
}
