package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.mobile.Lease;
import com.roamvault.protocol.policy.LeaseTerms;
import com.roamvault.protocol.policy.MobilePolicy;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A lease counts only when the server's key signed it for this device and user. */
class LeaseVerifierTest {
    private final KeyPair server = keys();
    private final String leaseKey = Base64.getEncoder().encodeToString(server.getPublic().getEncoded());
    private final Lease unsigned = new Lease("dev-1", "CORP\\u", Instant.parse("2026-11-28T10:00:00Z"),
            Instant.parse("2026-12-12T10:00:00Z"), 14, LeaseTerms.of(MobilePolicy.DEFAULTS), null);

    @Test
    void aLeaseSignedByTheServerForThisDeviceVerifies() {
        assertThatCode(() -> LeaseVerifier.verify(sign(unsigned, server), leaseKey, "dev-1", "CORP\\u"))
                .doesNotThrowAnyException();
    }

    @Test
    void anyChangeOrAnotherKeyOrAnotherDeviceIsRefused() {
        Lease signed = sign(unsigned, server);
        Lease longer = new Lease("dev-1", "CORP\\u", signed.issuedAt(), signed.expiresAt().plusSeconds(86_400 * 30), 44,
                signed.terms(), signed.signature());
        assertThatThrownBy(() -> LeaseVerifier.verify(longer, leaseKey, "dev-1", "CORP\\u"))
                .isInstanceOf(DeviceException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> LeaseVerifier.verify(sign(unsigned, keys()), leaseKey, "dev-1", "CORP\\u"))
                .isInstanceOf(DeviceException.class);
        assertThatThrownBy(() -> LeaseVerifier.verify(signed, leaseKey, "dev-2", "CORP\\u"))
                .isInstanceOf(DeviceException.class).hasMessageContaining("another device");
        assertThatThrownBy(() -> LeaseVerifier.verify(unsigned, leaseKey, "dev-1", "CORP\\u"))
                .isInstanceOf(DeviceException.class);
    }

    @Test
    void relaxedTermsBreakTheSignature() {
        Lease signed = sign(unsigned, server);
        Lease relaxed = new Lease("dev-1", "CORP\\u", signed.issuedAt(), signed.expiresAt(), 14,
                LeaseTerms.of(new MobilePolicy(true, 14, 0, true, 12, 3, 0, 5, 30, "online")), signed.signature());
        assertThatThrownBy(() -> LeaseVerifier.verify(relaxed, leaseKey, "dev-1", "CORP\\u"))
                .isInstanceOf(DeviceException.class).hasMessageContaining("signature");
    }

    @Test
    void aPolicyThatDiffersFromTheSignedTermsIsLeaseInvalid() {
        Lease signed = sign(unsigned, server);
        assertThatCode(() -> LeaseVerifier.verifyTerms(signed, MobilePolicy.DEFAULTS)).doesNotThrowAnyException();
        MobilePolicy longer = new MobilePolicy(true, 365, 0, true, 12, 3, 10, 5, 30, "online");
        assertThatThrownBy(() -> LeaseVerifier.verifyTerms(signed, longer)).isInstanceOf(DeviceException.class)
                .hasMessageContaining("offlineCacheDays")
                .satisfies(e -> assertThat(((DeviceException) e).code()).isEqualTo("lease_invalid"));
        Lease withoutTerms = sign(new Lease("dev-1", "CORP\\u", signed.issuedAt(), signed.expiresAt(), 14, null, null),
                server);
        assertThatThrownBy(() -> LeaseVerifier.verifyTerms(withoutTerms, MobilePolicy.DEFAULTS))
                .isInstanceOf(DeviceException.class).hasMessageContaining("no signed terms");
        // only the offline fields are signed: the password rules may differ without harm
        assertThatCode(() -> LeaseVerifier.verifyTerms(signed, new MobilePolicy(true, 14, 0, true, 20, 4, 10, 5, 30, "online")))
                .doesNotThrowAnyException();
    }

    private static Lease sign(Lease lease, KeyPair keys) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(lease.canonicalBytes());
            return lease.withSignature(Base64.getEncoder().encodeToString(s.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
