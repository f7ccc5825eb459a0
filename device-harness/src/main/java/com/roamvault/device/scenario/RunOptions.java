package com.roamvault.device.scenario;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import java.nio.file.Path;

/**
 * How to run scenarios: where device folders live, which cache KDF phones use, and optionally a
 * running server that replaces each file's own {@code server:}.
 */
public record RunOptions(Path dataDir, Argon2Kdf kdf, String serverUrl, String pin, String adminUser,
                         String adminPassword) {

    public boolean externalServer() {
        return serverUrl != null;
    }
}
