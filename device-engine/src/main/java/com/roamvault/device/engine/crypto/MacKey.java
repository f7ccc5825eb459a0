package com.roamvault.device.engine.crypto;

/** A key that authenticates bytes (the keystore's device key); verification is constant-time. */
public interface MacKey {
    byte[] mac(byte[] data, int offset, int length);

    boolean verifyMac(byte[] data, int offset, int length, byte[] mac);

    default byte[] mac(byte[] data) {
        return mac(data, 0, data.length);
    }

    default boolean verifyMac(byte[] data, byte[] mac) {
        return verifyMac(data, 0, data.length, mac);
    }
}
