package com.roamvault.device.engine.keystore;

/** Like Android's: the key is gone (deleted on an enrollment change, a wipe, or never made). */
public final class KeyPermanentlyInvalidatedException extends RuntimeException {
    public KeyPermanentlyInvalidatedException(String alias) {
        super("key '" + alias + "' no longer exists");
    }
}
