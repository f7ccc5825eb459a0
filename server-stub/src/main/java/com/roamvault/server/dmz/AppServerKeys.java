package com.roamvault.server.dmz;

import com.roamvault.server.keys.TlsIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * All an App Server holds (DESIGN.md "Secrets at rest on the server": no vault key at all), in
 * {@code DATA/keys/}: the TLS key phones pin ({@code tls.p12}) and its own client key, which it
 * presents to the core over mutual TLS ({@code client.p12}; the core's {@code --app-server-pin}).
 * Several App Servers behind one public address share {@code tls.*} but each keeps its own client key.
 */
public record AppServerKeys(TlsIdentity tls, TlsIdentity client) {
    /** What a core's key folder holds and an App Server's never may. */
    static final List<String> VAULT_KEY_FILES = List.of("lease-ed25519.key", "lease-ed25519.pub",
            "system-api-key");

    public static AppServerKeys loadOrCreate(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("keys");
        return new AppServerKeys(TlsIdentity.loadOrCreate(dir, "tls"), TlsIdentity.loadOrCreate(dir, "client"));
    }

    /** Whether {@code dataDir} was made for an App Server (its client key is there). */
    public static boolean isAppServerFolder(Path dataDir) {
        return Files.exists(dataDir.resolve("keys").resolve("client.p12"));
    }

    /** The pin phones pair with (and the core's {@code --public-pin}). */
    public String phonePin() {
        return tls.pin();
    }

    /** The pin the core lets in on its internal port ({@code --app-server-pin}). */
    public String clientPin() {
        return client.pin();
    }
}
