package com.roamvault.device.engine.crypto;

/**
 * Argon2id cost parameters: memory in KiB, iterations (t) and lanes (p).
 * {@link #DEFAULT} is DESIGN.md's (Bitwarden's) m=64 MiB, t=3, p=4; {@link #OWASP_MINIMUM} is the
 * floor no production cache goes below (m=19 MiB, t=2, p=1).
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {
    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 4);
    public static final KdfParams OWASP_MINIMUM = new KdfParams(19 * 1024, 2, 1);
    /** Beyond these a stored header is not believed (it would make the phone run out of memory or time). */
    public static final KdfParams SANE_MAXIMUM = new KdfParams(1024 * 1024, 16, 16);

    /** True when no parameter is below {@code floor}'s. */
    public boolean atLeast(KdfParams floor) {
        return memoryKiB >= floor.memoryKiB && iterations >= floor.iterations && parallelism >= floor.parallelism;
    }

    /** True when no parameter is above {@code ceiling}'s. */
    public boolean atMost(KdfParams ceiling) {
        return memoryKiB <= ceiling.memoryKiB && iterations <= ceiling.iterations
                && parallelism <= ceiling.parallelism;
    }

    @Override
    public String toString() {
        return "argon2id m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism;
    }
}
