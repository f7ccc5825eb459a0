package com.roamvault.device.engine.keystore;

import com.roamvault.device.engine.crypto.Aead;
import com.roamvault.device.engine.crypto.Hmac;
import com.roamvault.device.engine.crypto.MacKey;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A handle on a keystore key that needs no user authentication (the device key). Like an Android
 * Keystore key, the caller never sees the material: it asks the keystore to encrypt, decrypt or
 * authenticate. Each use looks the key up again, so a deleted key stops working at once.
 */
public final class KeystoreKey implements MacKey {
    /** MACs use a key derived from the material, so one key never serves both AES-GCM and HMAC. */
    private static final byte[] MAC_LABEL = "roamvault keystore hmac v1".getBytes(StandardCharsets.UTF_8);

    private final KeyMaterial material;
    private final String alias;

    KeystoreKey(KeyMaterial material, String alias) {
        this.material = material;
        this.alias = alias;
    }

    public String alias() {
        return alias;
    }

    /** AES-256-GCM; {@code aad} binds the ciphertext to its purpose (may be null). */
    public byte[] encrypt(byte[] plaintext, byte[] aad) {
        return Aead.seal(aesKey(), plaintext, aad);
    }

    /** @throws com.roamvault.device.engine.crypto.AuthenticationFailedException when it does not verify */
    public byte[] decrypt(byte[] sealed, byte[] aad) {
        return Aead.open(aesKey(), sealed, aad);
    }

    @Override
    public byte[] mac(byte[] data, int offset, int length) {
        return Hmac.sha256(macKey(), data, offset, length);
    }

    @Override
    public boolean verifyMac(byte[] data, int offset, int length, byte[] mac) {
        return Hmac.verify(macKey(), data, offset, length, mac);
    }

    private SecretKey aesKey() {
        return new SecretKeySpec(material.of(alias), "AES");
    }

    private byte[] macKey() {
        return Hmac.sha256(material.of(alias), MAC_LABEL);
    }

    @Override
    public String toString() {
        return "KeystoreKey[" + alias + "]";
    }
}
