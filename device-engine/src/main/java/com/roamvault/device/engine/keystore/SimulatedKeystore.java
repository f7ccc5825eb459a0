package com.roamvault.device.engine.keystore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.roamvault.device.engine.storage.AtomicFile;
import com.roamvault.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The phone's secure element, modelled on Android Keystore: named AES-256 keys whose material the
 * app never handles. A key may require user authentication (the biometric key): then only the
 * connected biometric sensor can use it, on a match.
 *
 * <p>Simulation: keystore.json in the device folder stands for the secure element, so it holds the
 * raw key bytes, in an owner-only file (rw-------). That is acceptable here because nothing else of
 * the design relies on it being more than that; a real phone keeps them in hardware.
 */
public final class SimulatedKeystore {
    public static final String FILE = "keystore.json";
    /** Encrypts the journal and the access token, authenticates the device's files; always usable. */
    public static final String DEVICE_KEY = "device";
    /** Wraps the cache's data key; requires a biometric match; deleted on an enrollment change. */
    public static final String BIOMETRIC_KEY = "biometric";

    private static final ObjectMapper JSON = Json.mapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, StoredKey> keys;
    private boolean sensorConnected;

    private SimulatedKeystore(Path file, Map<String, StoredKey> keys) {
        this.file = file;
        this.keys = keys;
    }

    /** Loads the keystore of a device folder (empty if the device is new). */
    public static SimulatedKeystore open(Path deviceFolder) {
        Path file = deviceFolder.resolve(FILE);
        byte[] raw = AtomicFile.readIfExists(file);
        if (raw == null) {
            return new SimulatedKeystore(file, new LinkedHashMap<>());
        }
        try {
            KeystoreFile stored = JSON.readValue(raw, KeystoreFile.class);
            if (stored.format() != KeystoreFile.FORMAT) {
                throw new IllegalStateException(file + " has unknown format " + stored.format());
            }
            return new SimulatedKeystore(file, new LinkedHashMap<>(stored.keys()));
        } catch (IOException e) {
            throw new UncheckedIOException("the keystore " + file + " is unreadable", e);
        }
    }

    public synchronized boolean exists(String alias) {
        return keys.containsKey(alias);
    }

    /** Makes a new random key under {@code alias}, replacing (and so invalidating) any earlier one. */
    public synchronized void generate(String alias, boolean userAuthenticationRequired) {
        byte[] material = new byte[32];
        RANDOM.nextBytes(material);
        keys.put(alias, new StoredKey(Base64.getEncoder().encodeToString(material), userAuthenticationRequired));
        save();
    }

    public synchronized void delete(String alias) {
        if (keys.remove(alias) != null) {
            save();
        }
    }

    public synchronized boolean requiresUserAuthentication(String alias) {
        StoredKey key = keys.get(alias);
        return key != null && key.userAuthenticationRequired();
    }

    /**
     * A key that needs no user authentication.
     *
     * @throws UserNotAuthenticatedException for a key that requires user authentication
     * @throws KeyPermanentlyInvalidatedException when there is no such key
     */
    public synchronized KeystoreKey key(String alias) {
        materialForUnauthenticatedUse(alias);
        return new KeystoreKey(this::materialForUnauthenticatedUse, alias);
    }

    /** The device key, made on first use. */
    public synchronized KeystoreKey deviceKey() {
        if (!keys.containsKey(DEVICE_KEY)) {
            generate(DEVICE_KEY, false);
        }
        return key(DEVICE_KEY);
    }

    /**
     * Connects the one biometric sensor: it alone may use keys that require user authentication.
     *
     * @throws IllegalStateException when a sensor is already connected
     */
    public synchronized AuthBoundKeys connectSensor() {
        if (sensorConnected) {
            throw new IllegalStateException("a biometric sensor is already connected to this keystore");
        }
        sensorConnected = true;
        return new AuthBoundKeys(this::materialForAuthenticatedUse);
    }

    synchronized byte[] materialForUnauthenticatedUse(String alias) {
        StoredKey key = stored(alias);
        if (key.userAuthenticationRequired()) {
            throw new UserNotAuthenticatedException(alias);
        }
        return Base64.getDecoder().decode(key.material());
    }

    synchronized byte[] materialForAuthenticatedUse(String alias) {
        StoredKey key = stored(alias);
        if (!key.userAuthenticationRequired()) {
            throw new IllegalArgumentException("key '" + alias + "' is not bound to user authentication");
        }
        return Base64.getDecoder().decode(key.material());
    }

    private StoredKey stored(String alias) {
        StoredKey key = keys.get(alias);
        if (key == null) {
            throw new KeyPermanentlyInvalidatedException(alias);
        }
        return key;
    }

    private void save() {
        try {
            AtomicFile.write(file, JSON.writeValueAsBytes(new KeystoreFile(KeystoreFile.FORMAT, keys)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the keystore", e);
        }
    }

    @Override
    public String toString() {
        return "SimulatedKeystore[" + file + ", keys=" + keys.keySet() + "]";
    }
}
