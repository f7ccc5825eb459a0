package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.crypto.KdfParams;
import java.util.Base64;

/**
 * The plaintext, authenticated part of cache.bin: how to derive the key-encryption key, the data
 * key wrapped by it (and by the biometric key when armed), and the {@link CacheTerms}.
 * Wrapped keys are base64 of {@code nonce || ciphertext || tag}.
 */
record CacheHeader(int format, Kdf kdf, String passwordWrappedKey, String biometricWrappedKey, CacheTerms terms) {
    /** Issue 15: records carry version and otpUri, lists canEdit, the contents an edit queue. */
    static final int FORMAT = 2;
    /** Written before those fields existed: its contents cannot be read into today's shape. */
    static final int OUTDATED_FORMAT = 1;

    /** Argon2id parameters and salt as stored. */
    record Kdf(String algorithm, int version, int memoryKiB, int iterations, int parallelism, String salt) {
        static final String ARGON2ID = "argon2id";
        static final int VERSION_13 = 0x13;

        static Kdf of(KdfParams params, byte[] salt) {
            return new Kdf(ARGON2ID, VERSION_13, params.memoryKiB(), params.iterations(), params.parallelism(),
                    Base64.getEncoder().encodeToString(salt));
        }

        KdfParams params() {
            return new KdfParams(memoryKiB, iterations, parallelism);
        }

        byte[] saltBytes() {
            return Base64.getDecoder().decode(salt);
        }
    }

    byte[] passwordWrapped() {
        return Base64.getDecoder().decode(passwordWrappedKey);
    }

    byte[] biometricWrapped() {
        return biometricWrappedKey == null ? null : Base64.getDecoder().decode(biometricWrappedKey);
    }

    CacheHeader withBiometricWrapped(byte[] wrapped) {
        return new CacheHeader(format, kdf, passwordWrappedKey,
                wrapped == null ? null : Base64.getEncoder().encodeToString(wrapped), terms);
    }

    CacheHeader withTerms(CacheTerms newTerms) {
        return new CacheHeader(format, kdf, passwordWrappedKey, biometricWrappedKey, newTerms);
    }
}
