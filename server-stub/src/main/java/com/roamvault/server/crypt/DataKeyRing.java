package com.roamvault.server.crypt;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data keys this process can open, newest sealing. Reloaded from the database every few
 * seconds while sealing, and at once when a value names a key it does not know, so a
 * re-encryption started by another process is followed without a restart.
 */
public final class DataKeyRing {
    private static final long REFRESH_MS = 5_000;

    public record Key(int id, SecretBox box) {
    }

    private final Supplier<Map<Integer, SecretBox>> loader;
    private volatile Map<Integer, SecretBox> keys;
    private volatile long loadedAt;

    /** @param loader reads and unwraps every data key of the database; never empty */
    public DataKeyRing(Supplier<Map<Integer, SecretBox>> loader) {
        this.loader = loader;
        reload();
    }

    public Key current() {
        if (System.currentTimeMillis() - loadedAt > REFRESH_MS) {
            reload();
        }
        int newest = keys.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Key(newest, keys.get(newest));
    }

    public Optional<SecretBox> byId(int id) {
        SecretBox box = keys.get(id);
        if (box == null) {
            reload();
            box = keys.get(id);
        }
        return Optional.ofNullable(box);
    }

    private synchronized void reload() {
        try {
            keys = Map.copyOf(loader.get());
        } catch (RuntimeException e) {
            if (keys == null) {
                throw e;
            }
            // keep the keys we hold (a rotate-keys may be between its database switch and its file move)
        }
        loadedAt = System.currentTimeMillis();
    }
}
