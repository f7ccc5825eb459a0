package com.roamvault.device.engine.biometric;

import com.roamvault.device.engine.crypto.AuthenticationFailedException;
import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.keystore.AuthBoundKeys;
import com.roamvault.device.engine.keystore.KeyPermanentlyInvalidatedException;
import com.roamvault.device.engine.keystore.SimulatedKeystore;
import javax.crypto.SecretKey;

/**
 * What a finger match yields instead of a yes/no, like Android's authenticated CryptoObject: the
 * right to use the biometric key for one operation, here unwrapping the cache's data key.
 * Only {@link BiometricSensor#authenticate} makes one.
 */
public final class BiometricAuthorization {
    private final AuthBoundKeys keys;
    private final String finger;
    private boolean used;

    BiometricAuthorization(AuthBoundKeys keys, String finger) {
        this.keys = keys;
        this.finger = finger;
    }

    /** The finger that matched. */
    public String finger() {
        return finger;
    }

    /**
     * Unwraps a data key wrapped by {@link BiometricSensor#arm}. Usable once; authenticate again for
     * another operation.
     *
     * @throws DeviceException {@code biometric_invalidated} when the biometric key is gone or is not
     *         the one that wrapped {@code wrapped}
     */
    public synchronized SecretKey unwrapDataKey(byte[] wrapped) {
        if (used) {
            throw new IllegalStateException("a biometric authorization allows one operation; authenticate again");
        }
        used = true;
        try {
            return keys.unwrap(SimulatedKeystore.BIOMETRIC_KEY, wrapped);
        } catch (KeyPermanentlyInvalidatedException | AuthenticationFailedException e) {
            throw new DeviceException(DeviceError.BIOMETRIC_INVALIDATED,
                    "the biometric key no longer opens this cache; unlock with the master password", e);
        }
    }

    @Override
    public String toString() {
        return "BiometricAuthorization[finger=" + finger + ", used=" + used + "]";
    }
}
