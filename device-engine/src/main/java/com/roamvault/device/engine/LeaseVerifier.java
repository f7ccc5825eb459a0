package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.mobile.Lease;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Checks that a lease was signed by the server's Ed25519 key and was issued to this device and user. */
final class LeaseVerifier {
    private LeaseVerifier() {
    }

    static void verify(Lease lease, String leaseKeyBase64, String deviceId, String username) {
        if (lease == null || lease.signature() == null) {
            throw tampered("the server sent no signed lease");
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(leaseKeyBase64)));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(lease.canonicalBytes());
            if (!signature.verify(Base64.getDecoder().decode(lease.signature()))) {
                throw tampered("the lease signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw tampered("the lease cannot be verified: " + e.getMessage());
        }
        if (!lease.deviceId().equals(deviceId) || !lease.username().equalsIgnoreCase(username)) {
            throw tampered("the lease was issued to another device or user");
        }
    }

    private static DeviceException tampered(String why) {
        return new DeviceException(DeviceError.CACHE_TAMPERED, "Refusing the sync: " + why);
    }
}
