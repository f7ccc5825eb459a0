package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.support.Lab;
import com.roamvault.device.support.RewritingAppServer;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.pairing.PairingUri;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phone obeys only the terms the vault core signed into its lease: an App Server that rewrites
 * a sync's policy (365 days, biometrics allowed) is refused with lease_invalid, the refusal is
 * journaled, and the cache keeps its old terms.
 */
class SignedTermsTest {
    static Lab lab;
    static RewritingAppServer appServer;

    @BeforeAll
    static void start() throws Exception {
        lab = new Lab();
        appServer = new RewritingAppServer(lab.server().uri(), lab.server().dataDir());
    }

    @AfterAll
    static void stop() {
        appServer.close();
        lab.close();
    }

    /** A phone paired through the App Server (its pin is the server's: it holds the TLS key). */
    private static Device throughAppServer(Lab.TestUser user, String name) throws Exception {
        PairingUri code = PairingUri.parse(user.pairingCode());
        Device phone = lab.device(name);
        phone.pair(new PairingUri(URI.create(appServer.url()), code.pin(), code.user()).format());
        phone.login(user.password());
        return phone;
    }

    @Test
    void aNormalSyncsSignedTermsDriveExpiry() throws Exception {
        Lab.TestUser user = lab.user(1);
        Device phone = throughAppServer(user, "signed-days");
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("offlineCacheDays", 4));
        phone.sync();
        assertThat(phone.snapshot().policy().offlineCacheDays()).isEqualTo(4);
        assertThat(phone.snapshot().leaseDaysLeft()).isBetween(3.99, 4.0);
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(4).plusMinutes(1));
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.EXPIRED);
    }

    @Test
    void aRewrittenSyncIsRefusedJournaledAndTheCacheKeepsItsOldTerms() throws Exception {
        Lab.TestUser user = lab.user(2);
        lab.admin().settings().patchUserOverrides(user.userId(),
                Map.of("offlineCacheDays", 3, "biometricUnlockAllowed", false));
        Device phone = throughAppServer(user, "rewritten");
        Instant expiresBefore = phone.snapshot().cacheExpiresAt();

        appServer.rewriting(true);
        String code;
        try {
            phone.sync();
            code = "accepted";
        } catch (DeviceException e) {
            code = e.code();
        } finally {
            appServer.rewriting(false);
        }

        assertThat(code).isEqualTo("lease_invalid");
        assertThat(phone.pendingAudit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.LEASE_REFUSED);
            assertThat(e.detail()).contains("offlineCacheDays").contains("biometricUnlockAllowed");
        });
        DeviceSnapshot after = phone.snapshot();
        assertThat(after.cacheExpiresAt()).isEqualTo(expiresBefore);
        assertThat(after.policy().offlineCacheDays()).isEqualTo(3);
        assertThat(after.policy().biometricUnlockAllowed()).isFalse();

        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(3).plusMinutes(1));
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.EXPIRED);
    }

    @Test
    void theRefusalReachesTheServersAuditAtTheNextGoodSync() throws Exception {
        Lab.TestUser user = lab.user(1);
        Device phone = throughAppServer(user, "audited");
        appServer.rewriting(true);
        try {
            phone.sync();
        } catch (DeviceException expected) {
            assertThat(expected.code()).isEqualTo("lease_invalid");
        } finally {
            appServer.rewriting(false);
        }
        phone.sync();
        assertThat(lab.audit(user.username(), AuditActions.LEASE_REFUSED, null)).hasSize(1);
    }
}
