package com.roamvault.device.engine.crypto;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives the cache's key-encryption key from the master password with Argon2id (Bouncy Castle,
 * version 1.3, every parameter explicit: the builder's default would be Argon2i). New caches use
 * {@link #params()}; caches being opened bring their own parameters, which must not be below this
 * KDF's floor (so a downgraded header is refused).
 */
public final class Argon2Kdf {
    public static final int SALT_BYTES = 16;
    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KdfParams params;
    private final KdfParams floor;

    /** The production KDF with DESIGN.md's default parameters. */
    public Argon2Kdf() {
        this(KdfParams.DEFAULT);
    }

    /** @throws IllegalArgumentException when a parameter is below OWASP's minimum (m=19 MiB, t=2, p=1) */
    public Argon2Kdf(KdfParams params) {
        this(params, KdfParams.OWASP_MINIMUM);
    }

    private Argon2Kdf(KdfParams params, KdfParams floor) {
        requireAcceptable(params, floor);
        this.params = params;
        this.floor = floor;
    }

    /**
     * For tests only: parameters below OWASP's minimum (so a test derives in milliseconds). Caches
     * written with it cannot be opened by a production {@link Argon2Kdf}.
     */
    public static Argon2Kdf insecureForTests(KdfParams params) {
        return new Argon2Kdf(params, new KdfParams(8 * params.parallelism(), 1, 1));
    }

    public KdfParams params() {
        return params;
    }

    public byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Refuses parameters a cache file claims if they are below this KDF's floor or absurdly high. */
    public void requireAcceptable(KdfParams stored) {
        requireAcceptable(stored, floor);
    }

    /** Derives a 256-bit AES key and reports how long Argon2id took. */
    public Derivation derive(char[] password, byte[] salt, KdfParams with) {
        requireAcceptable(with);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(with.memoryKiB())
                .withIterations(with.iterations())
                .withParallelism(with.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[KEY_BYTES];
        long start = System.nanoTime();
        generator.generateBytes(password, out);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        SecretKey key = new SecretKeySpec(out, "AES");
        Arrays.fill(out, (byte) 0);
        return new Derivation(key, took);
    }

    /** A derived key and the time Argon2id took to make it. */
    public record Derivation(SecretKey key, Duration took) {
        @Override
        public String toString() {
            return "Derivation[key=<hidden>, took=" + took + "]";
        }
    }

    private static void requireAcceptable(KdfParams p, KdfParams floor) {
        if (!p.atLeast(floor)) {
            throw new IllegalArgumentException("Argon2id parameters " + p + " are below the minimum " + floor);
        }
        if (!p.atMost(KdfParams.SANE_MAXIMUM)) {
            throw new IllegalArgumentException("Argon2id parameters " + p + " exceed " + KdfParams.SANE_MAXIMUM);
        }
        if (p.memoryKiB() < 8 * p.parallelism()) {
            throw new IllegalArgumentException("Argon2id needs at least 8 KiB of memory per lane: " + p);
        }
    }
}
