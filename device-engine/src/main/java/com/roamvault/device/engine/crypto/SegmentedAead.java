package com.roamvault.device.engine.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a large message in 64 KiB segments, in the manner of the STREAM construction:
 * each segment has its own tag; its nonce is a random 8-byte prefix (fresh per message) followed
 * by the segment index; its associated data is the message's, the index and a last-segment flag,
 * so segments cannot be reordered, dropped, or the message cut short. Layout:
 * {@code prefix(8) || segment 0 (ciphertext || tag) || segment 1 ...}.
 *
 * <p>Why segments: the JDK's AES-GCM intrinsic only engages once the JIT has compiled the cipher
 * call, which one 2 MB call per unlock reaches after ~100 unlocks; 64 KiB calls reach it within a
 * few (measured on this project's machines: ~33 ms down to ~1 ms per 2.3 MB).
 */
public final class SegmentedAead {
    public static final int SEGMENT_BYTES = 64 * 1024;
    public static final int PREFIX_BYTES = 8;
    private static final int SEALED_SEGMENT = SEGMENT_BYTES + Aead.TAG_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SegmentedAead() {
    }

    public static byte[] seal(SecretKey key, byte[] plaintext, byte[] aad) {
        int segments = Math.max(1, (plaintext.length + SEGMENT_BYTES - 1) / SEGMENT_BYTES);
        byte[] prefix = new byte[PREFIX_BYTES];
        RANDOM.nextBytes(prefix);
        byte[] out = new byte[PREFIX_BYTES + plaintext.length + segments * Aead.TAG_BYTES];
        System.arraycopy(prefix, 0, out, 0, PREFIX_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            int outOffset = PREFIX_BYTES;
            for (int i = 0; i < segments; i++) {
                int inOffset = i * SEGMENT_BYTES;
                int length = Math.min(SEGMENT_BYTES, plaintext.length - inOffset);
                init(cipher, Cipher.ENCRYPT_MODE, key, prefix, i, i == segments - 1, aad);
                outOffset += cipher.doFinal(plaintext, inOffset, length, out, outOffset);
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Verifies and decrypts every segment of {@code buffer[offset, offset + length)} before returning. */
    public static byte[] open(SecretKey key, byte[] buffer, int offset, int length, byte[] aad) {
        int body = length - PREFIX_BYTES;
        if (body < Aead.TAG_BYTES) {
            throw new AuthenticationFailedException("sealed data is too short");
        }
        int segments = (body + SEALED_SEGMENT - 1) / SEALED_SEGMENT;
        int lastSealed = body - (segments - 1) * SEALED_SEGMENT;
        if (lastSealed < Aead.TAG_BYTES || (segments > 1 && lastSealed == Aead.TAG_BYTES)) {
            throw new AuthenticationFailedException("sealed data has a malformed last segment");
        }
        byte[] prefix = new byte[PREFIX_BYTES];
        System.arraycopy(buffer, offset, prefix, 0, PREFIX_BYTES);
        byte[] out = new byte[body - segments * Aead.TAG_BYTES];
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            int inOffset = offset + PREFIX_BYTES;
            int outOffset = 0;
            for (int i = 0; i < segments; i++) {
                int sealedLength = i == segments - 1 ? lastSealed : SEALED_SEGMENT;
                init(cipher, Cipher.DECRYPT_MODE, key, prefix, i, i == segments - 1, aad);
                outOffset += cipher.doFinal(buffer, inOffset, sealedLength, out, outOffset);
                inOffset += sealedLength;
            }
            return out;
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailedException("sealed data does not verify under this key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static void init(Cipher cipher, int mode, SecretKey key, byte[] prefix, int index, boolean last,
                             byte[] aad) throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(Aead.NONCE_BYTES).put(prefix).putInt(index).array();
        cipher.init(mode, key, new GCMParameterSpec(Aead.TAG_BYTES * 8, nonce));
        if (aad != null) {
            cipher.updateAAD(aad);
        }
        cipher.updateAAD(ByteBuffer.allocate(5).putInt(index).put((byte) (last ? 1 : 0)).array());
    }
}
