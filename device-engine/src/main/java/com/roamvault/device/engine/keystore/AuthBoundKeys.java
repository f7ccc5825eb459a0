package com.roamvault.device.engine.keystore;

import com.roamvault.device.engine.crypto.Aead;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The biometric sensor's private channel into the keystore (the trusted path between the sensor
 * and the secure element on a real phone). Only the one sensor connected by
 * {@link SimulatedKeystore#connectSensor()} holds it; everyone else gets keys that require user
 * authentication only through an authorization the sensor hands out on a match.
 */
public final class AuthBoundKeys {
    private final KeyMaterial authBoundMaterial;

    AuthBoundKeys(KeyMaterial authBoundMaterial) {
        this.authBoundMaterial = authBoundMaterial;
    }

    /** Encrypts {@code key} under the auth-bound key {@code alias}. */
    public byte[] wrap(String alias, SecretKey key) {
        return Aead.seal(material(alias), key.getEncoded(), aad(alias));
    }

    /**
     * @throws KeyPermanentlyInvalidatedException when the key is gone
     * @throws com.roamvault.device.engine.crypto.AuthenticationFailedException when {@code wrapped} was made
     *         under an earlier key of that name (or changed)
     */
    public SecretKey unwrap(String alias, byte[] wrapped) {
        return new SecretKeySpec(Aead.open(material(alias), wrapped, aad(alias)), "AES");
    }

    private SecretKey material(String alias) {
        return new SecretKeySpec(authBoundMaterial.of(alias), "AES");
    }

    private static byte[] aad(String alias) {
        return ("roamvault wrapped key: " + alias).getBytes(StandardCharsets.UTF_8);
    }
}
