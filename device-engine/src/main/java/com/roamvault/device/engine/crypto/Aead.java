package com.roamvault.device.engine.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM (JDK) with a fresh random 96-bit nonce per message, sealed form
 * {@code nonce || ciphertext || tag}. Every message gets its own nonce, so one key may seal
 * many messages (well below the 2^32 random-nonce bound on a phone).
 */
public final class Aead {
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    public static byte[] seal(SecretKey key, byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, aad);
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            out.put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plaintext), out);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts and verifies all of {@code sealed} before returning anything. */
    public static byte[] open(SecretKey key, byte[] sealed, byte[] aad) {
        return open(key, sealed, 0, sealed.length, aad);
    }

    /** As {@link #open(SecretKey, byte[], byte[])} for the sealed bytes at {@code offset}. */
    public static byte[] open(SecretKey key, byte[] buffer, int offset, int length, byte[] aad) {
        if (length < NONCE_BYTES + TAG_BYTES) {
            throw new AuthenticationFailedException("sealed data is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key,
                    Arrays.copyOfRange(buffer, offset, offset + NONCE_BYTES), aad);
            return cipher.doFinal(buffer, offset + NONCE_BYTES, length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailedException("sealed data does not verify under this key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        if (aad != null) {
            cipher.updateAAD(aad);
        }
        return cipher;
    }
}
