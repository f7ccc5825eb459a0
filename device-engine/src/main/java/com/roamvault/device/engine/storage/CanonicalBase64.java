package com.roamvault.device.engine.storage;

import java.util.Base64;

/**
 * Base64 that accepts only the one spelling the encoder produces. The JDK decoder ignores the
 * unused low bits of the last character, so two different texts can decode to the same bytes;
 * in a signed file that would let a changed byte go unnoticed.
 */
public final class CanonicalBase64 {
    private CanonicalBase64() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @throws IllegalArgumentException when {@code text} is not exactly what {@link #encode} would write */
    public static byte[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!encode(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical base64");
        }
        return bytes;
    }
}
