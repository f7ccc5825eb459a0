package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.biometric.BiometricAuthorization;
import com.roamvault.device.engine.biometric.BiometricSensor;
import com.roamvault.device.engine.crypto.Aead;
import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import com.roamvault.device.engine.crypto.DataKey;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.device.engine.storage.Leftovers;
import com.roamvault.device.engine.storage.Shredder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.SecretKey;

/**
 * The offline cache file (cache.bin) of one device: a random 256-bit data key encrypts the
 * contents (AES-256-GCM); the data key is wrapped by a key derived from the master password
 * (Argon2id) and, when armed, by the keystore's biometric key. The file is authenticated with the
 * device key, so tampering is reported ({@code cache_tampered}) before a password is tried, and
 * a wrong password is reported as {@code wrong_master_password}. Opening yields an
 * {@link UnlockedCache}; at most one is open at a time.
 */
public final class OfflineCache implements CacheWriter {
    public static final String FILE = "cache.bin";
    static final byte[] PASSWORD_WRAP_AAD = "roamvault cache data key, password-wrapped".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final SimulatedKeystore keystore;
    private final Argon2Kdf kdf;
    private final CacheFileFormat format;
    private UnlockedCache open;
    private Duration lastKdfTime;

    public OfflineCache(Path deviceFolder, SimulatedKeystore keystore, Argon2Kdf kdf) {
        this.file = deviceFolder.resolve(FILE);
        this.keystore = keystore;
        this.kdf = kdf;
        this.format = new CacheFileFormat(file, keystore.deviceKey());
    }

    public Path file() {
        return file;
    }

    public synchronized boolean exists() {
        return Files.exists(file);
    }

    /** How long Argon2id took at the latest create, password unlock or password change. */
    @Override
    public synchronized Optional<Duration> lastKdfTime() {
        return Optional.ofNullable(lastKdfTime);
    }

    /**
     * The authenticated facts of the cache, readable while it is locked.
     *
     * @throws DeviceException {@code no_cache}, or {@link CacheTamperedException}
     */
    public synchronized CacheTerms terms() {
        return verified().header().terms();
    }

    /** True when the file carries a data key wrapped for finger unlock. */
    public synchronized boolean biometricWrapped() {
        return verified().header().biometricWrappedKey() != null;
    }

    /**
     * Writes a new cache (replacing any), protected by {@code password} and, when {@code biometrics}
     * is given and {@link BiometricSensor#canArm()}, by a freshly armed biometric key.
     */
    public synchronized UnlockedCache create(char[] password, CacheContents contents, BiometricSensor biometrics) {
        closeOpen();
        DataKey dataKey = DataKey.generate();
        CacheHeader header = passwordProtectedHeader(password, dataKey, CacheTerms.of(contents));
        if (biometrics != null && biometrics.canArm()) {
            header = header.withBiometricWrapped(biometrics.arm(dataKey.secretKey()));
        }
        write(header, dataKey, contents);
        return opened(header, dataKey, contents);
    }

    /**
     * @throws DeviceException {@code no_cache}, {@code wrong_master_password}, or
     *         {@link CacheTamperedException} (checked first: a tampered file costs no password attempt)
     */
    public synchronized UnlockedCache openWithPassword(char[] password) {
        CacheFileFormat.Verified verified = verified();
        CacheHeader header = verified.header();
        SecretKey kek = deriveKek(password, header.kdf());
        DataKey dataKey;
        try {
            dataKey = DataKey.of(Aead.open(kek, decoded(header::passwordWrapped), PASSWORD_WRAP_AAD));
        } catch (AuthenticationFailedException e) {
            throw new DeviceException(DeviceError.WRONG_MASTER_PASSWORD, "the master password is not correct");
        }
        return opened(header, dataKey, format.decrypt(verified, dataKey));
    }

    /**
     * Opens with the authorization a finger match gave.
     *
     * @throws DeviceException {@code no_cache}, {@code biometric_invalidated} (not armed, or armed
     *         with a key that no longer exists), or {@link CacheTamperedException}
     */
    public synchronized UnlockedCache openWithBiometric(BiometricAuthorization authorization) {
        CacheFileFormat.Verified verified = verified();
        CacheHeader header = verified.header();
        byte[] wrapped = decoded(header::biometricWrapped);
        if (wrapped == null) {
            throw new DeviceException(DeviceError.BIOMETRIC_INVALIDATED,
                    "finger unlock is not set up for this cache; unlock with the master password");
        }
        byte[] raw = authorization.unwrapDataKey(wrapped).getEncoded();
        DataKey dataKey = DataKey.of(raw);
        Arrays.fill(raw, (byte) 0);
        return opened(header, dataKey, format.decrypt(verified, dataKey));
    }

    /**
     * Destroys every copy of the wrapped data key: cache.bin, any temp copy of it a crash left, and
     * the biometric key. The journal and the device key stay.
     */
    public synchronized void wipe() {
        closeOpen();
        Shredder.shred(file);
        Leftovers.sweep(file.getParent(), FILE);
        keystore.delete(SimulatedKeystore.BIOMETRIC_KEY);
    }

    /** Called by the open session while it holds this cache's monitor. */
    @Override
    public CacheHeader passwordProtectedHeader(char[] password, DataKey dataKey, CacheTerms terms) {
        byte[] salt = kdf.newSalt();
        CacheHeader.Kdf kdfHeader = CacheHeader.Kdf.of(kdf.params(), salt);
        byte[] wrapped = Aead.seal(deriveKek(password, kdfHeader), dataKey.secretKey().getEncoded(),
                PASSWORD_WRAP_AAD);
        return new CacheHeader(CacheHeader.FORMAT, kdfHeader,
                Base64.getEncoder().encodeToString(wrapped), null, terms);
    }

    @Override
    public void write(CacheHeader header, DataKey dataKey, CacheContents contents) {
        AtomicFile.write(file, format.encode(header, dataKey, contents));
    }

    private SecretKey deriveKek(char[] password, CacheHeader.Kdf stored) {
        try {
            kdf.requireAcceptable(stored.params());
        } catch (IllegalArgumentException e) {
            throw format.tampered(e.getMessage());
        }
        Argon2Kdf.Derivation derivation = kdf.derive(password, decoded(stored::saltBytes), stored.params());
        lastKdfTime = derivation.took();
        return derivation.key();
    }

    private CacheFileFormat.Verified verified() {
        byte[] raw = AtomicFile.readIfExists(file);
        if (raw == null) {
            throw new DeviceException(DeviceError.NO_CACHE, "there is no offline cache on this phone");
        }
        return format.verify(raw);
    }

    private UnlockedCache opened(CacheHeader header, DataKey dataKey, CacheContents contents) {
        closeOpen();
        open = new UnlockedCache(this, header, dataKey, contents);
        return open;
    }

    private void closeOpen() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** Base64 inside an authenticated header can only be bad if the device key was abused. */
    private <T> T decoded(Supplier<T> decode) {
        try {
            return decode.get();
        } catch (IllegalArgumentException e) {
            throw format.tampered("malformed header field");
        }
    }
}
