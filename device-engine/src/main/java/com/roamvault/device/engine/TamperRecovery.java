package com.roamvault.device.engine;

import com.roamvault.device.engine.cache.OfflineCache;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.journal.AuditJournal;
import com.roamvault.device.engine.keystore.KeystoreKey;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.state.DeviceState;
import com.roamvault.device.engine.state.DeviceStateStore;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.engine.storage.TamperedDataException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The way out of {@code cache_tampered} for a folder that no longer opens: the cache and every
 * leftover are destroyed, the journal keeps the events that still verify, and device.json is
 * written again, wiped ({@code reason=tampered}). A device.json that does not verify is not
 * trusted for anything, not even its server and pin: the phone must then be paired again.
 */
final class TamperRecovery {
    private TamperRecovery() {
    }

    /** Repairs the folder; returns the names of the files that failed their check. */
    static List<String> repair(Path folder, Argon2Kdf kdf) {
        AtomicFile.ownerOnlyFolder(folder);
        Leftovers.sweep(folder);
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        KeystoreKey deviceKey = keystore.deviceKey();
        List<String> damaged = new ArrayList<>();
        DeviceStateStore store = new DeviceStateStore(folder, deviceKey);
        DeviceState state;
        try {
            state = store.current();
        } catch (TamperedDataException e) {
            damaged.add(DeviceStateStore.FILE);
            state = DeviceState.NEW;
        }
        if (!AuditJournal.intact(folder, deviceKey)) {
            damaged.add(AuditJournal.FILE);
            AuditJournal.salvage(folder, deviceKey, Clock.systemUTC());
        }
        OfflineCache cache = new OfflineCache(folder, keystore, kdf);
        if (cache.exists() && !verifies(cache)) {
            damaged.add(OfflineCache.FILE);
        }
        cache.wipe();
        store.save(wiped(state));
        return List.copyOf(damaged);
    }

    private static DeviceState wiped(DeviceState s) {
        DeviceState.Builder next = s.toBuilder().wipeReason(WipeReason.TAMPERED).lockReason(null)
                .accessToken(null, null).consecutiveFailedUnlocks(0);
        if (s.lifecycle() != Lifecycle.UNPAIRED) {
            next.lifecycle(Lifecycle.WIPED);
        }
        return next.build();
    }

    private static boolean verifies(OfflineCache cache) {
        try {
            cache.terms();
            return true;
        } catch (TamperedDataException e) {
            return false;
        }
    }
}
