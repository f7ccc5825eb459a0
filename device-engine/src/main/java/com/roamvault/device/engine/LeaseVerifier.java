package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.policy.MobileOption;
import com.roamvault.protocol.policy.MobilePolicy;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Checks that a lease was signed by the vault core's Ed25519 key, was issued to this device and
 * user, and that the response's policy is the one its terms sign (DESIGN.md lifecycle step 3).
 */
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

    /** The policy beside a verified lease must equal its signed terms: nobody between may relax them. */
    static void verifyTerms(Lease lease, MobilePolicy policy) {
        LeaseTerms terms = lease.terms();
        if (terms == null) {
            throw invalid("the lease carries no signed terms", "terms");
        }
        if (lease.offlineCacheDays() != (Integer) terms.value(MobileOption.OFFLINE_CACHE_DAYS)) {
            throw invalid("the lease's offline days differ from its terms", MobileOption.OFFLINE_CACHE_DAYS.key());
        }
        if (!terms.matches(policy)) {
            throw invalid("the policy differs from the signed lease terms", String.join(",", terms.differences(policy)));
        }
    }

    private static DeviceException invalid(String why, String fields) {
        return new DeviceException(DeviceError.LEASE_INVALID, "Refusing the sync: " + why + " (" + fields + ")");
    }

    private static DeviceException tampered(String why) {
        return new DeviceException(DeviceError.CACHE_TAMPERED, "Refusing the sync: " + why);
    }
}
