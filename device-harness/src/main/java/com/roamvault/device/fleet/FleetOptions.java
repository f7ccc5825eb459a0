package com.roamvault.device.fleet;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import java.nio.file.Path;

/**
 * One fleet run: how many phones, how many at a time, the shared list's size, the offline actions
 * each phone performs, where the phones' folders live, their cache KDF and the seed of their choices.
 */
public record FleetOptions(int devices, int concurrency, int records, int offlineActions, Path phonesDir,
                           Argon2Kdf kdf, long seed) {

    /** The KDF as the report names it; a test-only one says so loudly. */
    public String kdfLabel() {
        KdfParams p = kdf.params();
        return p.atLeast(KdfParams.OWASP_MINIMUM) ? p.toString() : p + " (INSECURE, TEST ONLY)";
    }
}
