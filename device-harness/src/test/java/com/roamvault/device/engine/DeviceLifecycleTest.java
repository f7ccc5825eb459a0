package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.LockReason;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.support.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline cache lifecycle of DESIGN.md, played on a simulated phone against the real server. */
class DeviceLifecycleTest {
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DeviceException e) {
            return e.code();
        }
        throw new AssertionError("expected the action to fail");
    }

    @Test
    void loginSyncsExactlyTheUsersRecordsAndLeavesThePhoneUnlocked() {
        Lab.TestUser user = lab.user(5);
        Device phone = lab.loggedIn(user, "pixel");
        DeviceSnapshot s = phone.snapshot();
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(s.records()).isEqualTo(5);
        assertThat(s.deviceId()).isNotBlank();
        assertThat(s.leaseDaysLeft()).isBetween(13.9, 14.0);
        assertThat(phone.search("rec-").size()).isEqualTo(5);
    }

    @Test
    void offlineUnlockWorksAndItsAuditReachesTheServerOnceMarkedOffline() {
        Lab.TestUser user = lab.user(2);
        Device phone = lab.loggedIn(user, "offline-audit");
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.unlockWithPassword(user.password());
        long recordId = phone.records().getFirst().recordId();
        assertThat(phone.reveal(recordId)).startsWith("pw-");
        assertThat(phone.snapshot().pendingAudit()).isGreaterThanOrEqualTo(3);
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        phone.sync();
        assertThat(phone.snapshot().pendingAudit()).isZero();
        assertThat(lab.audit(user.username(), "PASSWORD_REVEALED", "offline")).hasSize(1);
        assertThat(lab.audit(user.username(), "CACHE_UNLOCKED", "offline")).hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("method=master"));
    }

    @Test
    void perUserDaysShorterThanGlobalWipeTheCacheAndTheJournalSurvives() throws Exception {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "expiry");
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("offlineCacheDays", 2));
        phone.sync();
        assertThat(phone.snapshot().leaseDaysLeft()).isBetween(1.99, 2.0);
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(3));
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.EXPIRED);
        assertThat(code(() -> phone.unlockWithPassword(user.password()))).isEqualTo("cache_expired");
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.login(user.password());
        assertThat(lab.audit(user.username(), "CACHE_WIPED", "offline")).hasSize(1)
                .allSatisfy(e -> assertThat(e.detail()).isEqualTo("reason=expired"));
    }

    @Test
    void everySyncResetsTheTimeToLive() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "ttl");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(10));
        assertThat(phone.snapshot().leaseDaysLeft()).isBetween(3.9, 4.0);
        phone.unlockWithPassword(user.password());
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        assertThat(phone.snapshot().leaseDaysLeft()).isBetween(13.9, 14.0);
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(13));
        assertThat(phone.snapshot().lifecycle()).as("alive 13 days after the last sync").isEqualTo(Lifecycle.LOCKED);
        phone.qa().advanceClock(Duration.ofDays(1));
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
    }

    @Test
    void failedUnlocksInARowWipeAtTheLimit() throws Exception {
        Lab.TestUser user = lab.user(1);
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("maxFailedUnlockAttempts", 3));
        Device phone = lab.loggedIn(user, "brute");
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        assertThat(code(() -> phone.unlockWithPassword("guess-1"))).isEqualTo("wrong_master_password");
        assertThat(code(() -> phone.unlockWithPassword("guess-2"))).isEqualTo("wrong_master_password");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        assertThat(code(() -> phone.unlockWithPassword("guess-3"))).isEqualTo("wrong_master_password");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.FAILED_ATTEMPTS);
    }

    @Test
    void anAccountLockoutCarriesTheServersWaitTime() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.device("locked-account");
        phone.pair(user.pairingCode());
        for (int i = 0; i < 4; i++) {
            String guess = "wrong-" + i;
            assertThat(code(() -> phone.login(guess))).isEqualTo("invalid_credentials");
        }
        DeviceException locked = org.assertj.core.api.Assertions.catchThrowableOfType(DeviceException.class,
                () -> phone.login("wrong-5"));
        assertThat(locked.code()).isEqualTo("account_locked");
        assertThat(locked.retryAfterSeconds()).hasValueSatisfying(s -> assertThat(s).isBetween(890L, 900L));
    }

    @Test
    void clockSetBackLocksUntilAnOnlineUnlock() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "rollback");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().shiftClock(Duration.ofDays(-2));
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.CLOCK_TAMPER);
        assertThat(code(() -> phone.unlockWithPassword(user.password()))).isEqualTo("clock_tampered");
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.unlockWithPassword(user.password());
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(lab.audit(user.username(), "CLOCK_TAMPER_DETECTED", "offline")).hasSize(1);
    }

    @Test
    void offlineLimitLocksEarlierAndOnlyAnOnlineUnlockLiftsIt() throws Exception {
        Lab.TestUser user = lab.user(1);
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("offlineCacheDays", 10, "offlineLockDays", 3));
        Device phone = lab.loggedIn(user, "limit");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.qa().advanceClock(Duration.ofDays(4));
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.OFFLINE_LIMIT);
        assertThat(code(() -> phone.unlockWithPassword(user.password()))).isEqualTo("cache_locked_offline_limit");
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.unlockWithPassword(user.password());
        assertThat(phone.snapshot().leaseDaysLeft()).isBetween(9.9, 10.0);
    }

    @Test
    void revocationWipesAndTheNextLoginRegistersANewDevice() throws Exception {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "revoked");
        String oldId = phone.snapshot().deviceId();
        lab.admin().devices().revoke(oldId);
        assertThat(code(phone::sync)).isEqualTo("device_revoked");
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.REVOKED);
        assertThat(phone.snapshot().deviceId()).isNull();
        phone.login(user.password());
        assertThat(phone.snapshot().deviceId()).isNotEqualTo(oldId);
    }

    @Test
    void lostPermissionReachesThePhoneOnTheNextSync() throws Exception {
        Lab.TestUser user = lab.user(3);
        Device phone = lab.loggedIn(user, "perm");
        lab.admin().lists().revoke(user.listId(), user.userId(), null);
        phone.sync();
        assertThat(phone.records()).isEmpty();
    }

    @Test
    void aManInTheMiddleIsRefusedAndSeesNothing() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "mitm");
        phone.qa().setNetwork(NetworkMode.MITM);
        assertThat(code(phone::sync)).isEqualTo("pin_mismatch");
        phone.lock();
        phone.unlockWithPassword(user.password());
        assertThat(phone.snapshot().lastError()).isEqualTo("pin_mismatch");
    }

    @Test
    void zeroOfflineDaysKeepsNothingOnDiskAndLocksOffline() throws Exception {
        Lab.TestUser user = lab.user(2);
        lab.admin().settings().patchUserOverrides(user.userId(), Map.of("offlineCacheDays", 0));
        Path folder = Files.createTempDirectory("rv-zero");
        Device phone = lab.device("zero", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        assertThat(phone.records()).hasSize(2);
        assertThat(folder.resolve("cache.bin")).doesNotExist();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.OFFLINE_DISABLED);
        assertThat(code(() -> phone.unlockWithPassword(user.password()))).isEqualTo("network_unavailable");
    }

    @Test
    void masterPasswordChangeIsPolicyCheckedAndReKeysTheCache() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "rekey");
        DeviceException weak = org.assertj.core.api.Assertions.catchThrowableOfType(DeviceException.class,
                () -> phone.changeMasterPassword(user.password(), "short"));
        assertThat(weak.code()).isEqualTo("weak_password");
        assertThat(weak.reasons()).isNotEmpty();
        String next = "brand-new-copper-meadow-tunnel-58";
        phone.changeMasterPassword(user.password(), next);
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        assertThat(code(() -> phone.unlockWithPassword(user.password()))).isEqualTo("wrong_master_password");
        phone.unlockWithPassword(next);
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
    }

    @Test
    void aRestartedSimulatorGetsTheSamePhoneBackLocked() throws Exception {
        Lab.TestUser user = lab.user(2);
        Path folder = Files.createTempDirectory("rv-restart");
        Device first = lab.device("restart", folder);
        first.pair(user.pairingCode());
        first.login(user.password());
        String id = first.snapshot().deviceId();
        first.close();
        Device again = lab.device("restart", folder);
        assertThat(again.snapshot().lifecycle()).isEqualTo(Lifecycle.LOCKED);
        assertThat(again.snapshot().deviceId()).isEqualTo(id);
        again.unlockWithPassword(user.password());
        assertThat(again.records()).hasSize(2);
    }

    @Test
    void idlePhoneLocksItselfAndTheClipboardClearsItself() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "timers");
        long id = phone.records().getFirst().recordId();
        phone.copy(id);
        assertThat(phone.clipboardText()).contains("pw-" + user.username().substring(7) + "-0");
        phone.qa().advanceClock(Duration.ofSeconds(31));
        assertThat(phone.clipboardText()).isEmpty();
        phone.qa().advanceClock(Duration.ofMinutes(5));
        assertThat(phone.snapshot().lockReason()).isEqualTo(LockReason.AUTO);
    }

    @Test
    void logoutWipesButKeepsThePendingJournal() {
        Lab.TestUser user = lab.user(1);
        Device phone = lab.loggedIn(user, "logout");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.view(phone.records().getFirst().recordId());
        phone.logout();
        assertThat(phone.snapshot().wipeReason()).isEqualTo(WipeReason.LOGOUT);
        assertThat(phone.snapshot().pendingAudit()).isEqualTo(2);
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.login(user.password());
        assertThat(lab.audit(user.username(), "RECORD_VIEWED", "offline")).hasSize(1);
    }

    @Test
    void aChangedByteInTheCacheIsReportedAsTampering() throws Exception {
        Lab.TestUser user = lab.user(1);
        Path folder = Files.createTempDirectory("rv-tamper");
        Device phone = lab.device("tamper", folder);
        phone.pair(user.pairingCode());
        phone.login(user.password());
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        byte[] bytes = Files.readAllBytes(folder.resolve("cache.bin"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(folder.resolve("cache.bin"), bytes);
        assertThatThrownBy(() -> phone.unlockWithPassword(user.password()))
                .isInstanceOfSatisfying(DeviceException.class, e -> assertThat(e.code()).isEqualTo("cache_tampered"));
    }
}
