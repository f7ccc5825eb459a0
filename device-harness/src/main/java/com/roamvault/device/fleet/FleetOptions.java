package com.roamvault.device.fleet;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One fleet run: how many phones, how many at a time, the shared list's size, the offline actions
 * each phone performs, where the phones' folders live, their cache KDF, the seed of their choices,
 * and how long each phone stays offline before coming back (a plane; past the server's idle
 * timeout, it proves the phones' pooled connections survive the pause).
 */
public record FleetOptions(int devices, int concurrency, int records, int offlineActions, Path phonesDir,
                           Argon2Kdf kdf, long seed, Duration offlinePause) {

    public FleetOptions {
        offlinePause = offlinePause == null ? Duration.ZERO : offlinePause;
        if (offlinePause.isNegative()) {
            throw new IllegalArgumentException("the offline pause cannot be negative");
        }
    }

    /** Phones that come back online at once. */
    public FleetOptions(int devices, int concurrency, int records, int offlineActions, Path phonesDir,
                        Argon2Kdf kdf, long seed) {
        this(devices, concurrency, records, offlineActions, phonesDir, kdf, seed, Duration.ZERO);
    }

    /** The KDF as the report names it; a test-only one says so loudly. */
    public String kdfLabel() {
        KdfParams p = kdf.params();
        return p.atLeast(KdfParams.OWASP_MINIMUM) ? p.toString() : p + " (INSECURE, TEST ONLY)";
    }
}
