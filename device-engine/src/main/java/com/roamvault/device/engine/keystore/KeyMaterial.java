package com.roamvault.device.engine.keystore;

/**
 * How a key handle reaches its material inside the keystore, looked up again at each use so a
 * deleted key stops working at once. An interface so the handles need not know the keystore.
 */
@FunctionalInterface
interface KeyMaterial {
    byte[] of(String alias);
}
