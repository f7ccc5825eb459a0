package com.roamvault.device.engine;

import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.cache.OfflineCache;
import com.roamvault.device.engine.clock.DeviceClock;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.journal.AuditJournal;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.state.DeviceStateStore;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.device.engine.storage.Leftovers;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The local security core of one simulated phone, opened from its folder (owner-only): keystore,
 * saved state, the phone's clock (its offset restored from the state), fingerprint sensor, offline
 * cache and audit journal. Opening the same folder after a restart gives back the same device.
 *
 * @param folder holds keystore.json, device.json, biometric.json, cache.bin and journal.bin
 */
public record DeviceFolder(Path folder, SimulatedKeystore keystore, DeviceStateStore state, DeviceClock clock,
                           BiometricSensor sensor, OfflineCache cache, AuditJournal journal) {

    /**
     * Opens the folder, first shredding the temp files a killed phone left in it.
     *
     * @param kdf the cache's Argon2id settings ({@code new Argon2Kdf()} outside tests)
     * @param systemClock the clock the phone's offset applies to
     * @throws com.roamvault.device.engine.storage.TamperedDataException when device.json or journal.bin was changed
     */
    public static DeviceFolder open(Path folder, Argon2Kdf kdf, Clock systemClock) {
        AtomicFile.ownerOnlyFolder(folder);
        Leftovers.sweep(folder);
        SimulatedKeystore keystore = SimulatedKeystore.open(folder);
        DeviceStateStore state = new DeviceStateStore(folder, keystore.deviceKey());
        DeviceClock clock = new DeviceClock(systemClock, state.current().clockOffset());
        BiometricSensor sensor = new BiometricSensor(folder, keystore, clock);
        OfflineCache cache = new OfflineCache(folder, keystore, kdf);
        AuditJournal journal = new AuditJournal(folder, keystore.deviceKey(), clock);
        return new DeviceFolder(folder, keystore, state, clock, sensor, cache, journal);
    }

    /** Saves the clock's current offset, so the phone's time survives a restart. */
    public void saveClockOffset() {
        state.update(s -> s.toBuilder().clockOffset(clock.offset()).build());
    }
}
