package com.roamvault.device.engine.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 (JDK), compared in constant time. */
public final class Hmac {
    public static final int BYTES = 32;

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] data) {
        return sha256(key, data, 0, data.length);
    }

    public static byte[] sha256(byte[] key, byte[] data, int offset, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(data, offset, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static boolean verify(byte[] key, byte[] data, int offset, int length, byte[] expectedMac) {
        return expectedMac != null && MessageDigest.isEqual(sha256(key, data, offset, length), expectedMac);
    }
}
