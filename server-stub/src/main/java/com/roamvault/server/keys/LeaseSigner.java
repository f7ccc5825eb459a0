package com.roamvault.server.keys;

import com.roamvault.protocol.mobile.Lease;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

/** Signs offline-cache leases with the server's Ed25519 key; phones verify with {@link #publicKeyBase64()}. */
public final class LeaseSigner {
    private final KeyPair keyPair;

    public LeaseSigner(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    public Lease sign(Lease unsigned) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keyPair.getPrivate());
            signature.update(unsigned.canonicalBytes());
            return unsigned.withSignature(Base64.getEncoder().encodeToString(signature.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a lease", e);
        }
    }

    /** X.509 SubjectPublicKeyInfo of the Ed25519 key, base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }
}
