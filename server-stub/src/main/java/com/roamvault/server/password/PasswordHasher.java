package com.roamvault.server.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle) in the PHC string format {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash},
 * so each stored hash carries its own parameters and old hashes keep verifying after a change.
 */
public final class PasswordHasher {
    /** OWASP's recommended minimum for Argon2id: m=19 MiB, t=2, p=1. */
    public static final Params OWASP = new Params(19 * 1024, 2, 1);

    /**
     * Argon2 runs at most this many at once in a process (one per core, at least two): a burst of
     * parallel logins then queues here, instead of starving of CPU the short database transactions
     * (claims, audit appends) that hold pooled connections — measured: 150 logins at once on two
     * servers with 2 cores exhausted both pools and answered 61 of them {@code internal}.
     */
    private static final Semaphore CORES = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Params params;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public record Params(int memoryKiB, int iterations, int parallelism) {
    }

    public PasswordHasher(Params params) {
        this.params = params;
        this.dummyHash = hash("roamvault-timing-equaliser");
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, params, 32);
        return "$argon2id$v=19$m=" + params.memoryKiB + ",t=" + params.iterations + ",p=" + params.parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Constant-time comparison; a null or malformed hash verifies false after the same work. */
    public boolean verify(String password, String phc) {
        Parsed parsed = phc == null ? null : Parsed.of(phc);
        if (parsed == null) {
            verify(password, dummyHash);
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.params, parsed.hash.length);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Spends the time of one verification, so an unknown user answers as slowly as a known one. */
    public void burnOneVerification(String password) {
        verify(password, dummyHash);
    }

    private static byte[] derive(String password, byte[] salt, Params p, int length) {
        CORES.acquireUninterruptibly();
        try {
            return argon2(password, salt, p, length);
        } finally {
            CORES.release();
        }
    }

    private static byte[] argon2(String password, byte[] salt, Params p, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB)
                .withIterations(p.iterations)
                .withParallelism(p.parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private record Parsed(Params params, byte[] salt, byte[] hash) {
        static Parsed of(String phc) {
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] pair = kv.split("=");
                    int value = Integer.parseInt(pair[1]);
                    switch (pair[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                return new Parsed(new Params(m, t, p), B64D.decode(parts[4]), B64D.decode(parts[5]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
