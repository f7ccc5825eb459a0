package com.roamvault.device.engine.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Destroyable;

/**
 * A random 256-bit AES data key held only in memory; {@link #destroy()} zeroes it when the cache
 * locks. {@link #secretKey()} hands out a copy for one cipher operation.
 */
public final class DataKey implements Destroyable {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private boolean destroyed;

    private DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    public static DataKey generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new DataKey(bytes);
    }

    /** Copies {@code raw}; the caller may clear its array afterwards. */
    public static DataKey of(byte[] raw) {
        return new DataKey(raw.clone());
    }

    public synchronized SecretKey secretKey() {
        if (destroyed) {
            throw new IllegalStateException("the data key was destroyed (cache locked)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public synchronized void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "DataKey[<hidden>]";
    }
}
