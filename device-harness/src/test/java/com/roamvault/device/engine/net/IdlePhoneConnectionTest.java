package com.roamvault.device.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.audit.AuditActions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phone left on the table longer than the server keeps an idle connection: its next sync, audit
 * upload and login still go through (phones never retry a lost call, so only the client's recovery
 * from a connection the server closed makes them). The server closes idle connections after half a
 * second here, long before the phone's pool would drop them.
 */
class IdlePhoneConnectionTest {
    private static final Duration SERVER_IDLE = Duration.ofMillis(500);
    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab(SERVER_IDLE);
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void syncAuditUploadAndLoginAfterPausesPastTheServersIdleTimeout() throws Exception {
        Lab.TestUser user = lab.user(2);
        Device phone = lab.loggedIn(user, "idle-phone");

        pause();
        phone.sync();
        assertThat(phone.snapshot().lastError()).isNull();

        phone.view(phone.records().get(0).recordId());
        pause();
        phone.sync(); // hands in the journal (a POST), then syncs (a GET)
        DeviceSnapshot synced = phone.snapshot();
        assertThat(synced.lastError()).isNull();
        assertThat(synced.pendingAudit()).isZero();

        phone.lock();
        pause();
        phone.unlockWithPassword(user.password()); // online: logs in again
        DeviceSnapshot unlocked = phone.snapshot();
        assertThat(unlocked.lastError()).isNull();
        assertThat(unlocked.lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(lab.audit(user.username(), AuditActions.RECORD_VIEWED, null)).hasSize(1);
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(SERVER_IDLE.multipliedBy(4).toMillis());
    }
}
