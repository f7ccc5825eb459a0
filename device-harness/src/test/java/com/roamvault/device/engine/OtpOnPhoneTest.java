package com.roamvault.device.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.admin.RecordRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-time codes computed on the phone from the cached secret, offline, journaled once per view. */
class OtpOnPhoneTest {
    static final String BLOCK = "GEZDGNBVGY3TQOJQ";
    static final String SHA1 = "otpauth://totp/RFC:sha1?secret=" + BLOCK.repeat(2) + "&digits=8&algorithm=SHA1";
    static final String SHA256 = "otpauth://totp/RFC:sha256?secret=" + BLOCK.repeat(3) + "GEZA&digits=8&algorithm=SHA256";
    static final String SHA512 = "otpauth://totp/RFC:sha512?secret=" + BLOCK.repeat(6) + "GEZDGNA&digits=8&algorithm=SHA512";
    static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    static long addOtpRecord(Lab.TestUser user, String title, String otpUri) {
        return AdminCall.run("record", () -> lab.admin().records().create(user.listId(),
                new RecordRequest(title, "svc", "pw-" + title, null, null, null, null, otpUri))).recordId();
    }

    @Test
    void offlineCodesFromTheCachedSecretMatchRfc6238ForAllThreeHashes() {
        Lab.TestUser user = lab.user(1);
        long sha1 = addOtpRecord(user, "otp-sha1", SHA1);
        long sha256 = addOtpRecord(user, "otp-sha256", SHA256);
        long sha512 = addOtpRecord(user, "otp-sha512", SHA512);
        Device phone = lab.loggedIn(user, "otp-rfc");
        phone.lock();
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.unlockWithPassword(user.password());
        String[][] vectors = {
            {"59", "94287082", "46119246", "90693936"},
            {"1111111109", "07081804", "68084774", "25091201"},
            {"1111111111", "14050471", "67062674", "99943326"},
            {"1234567890", "89005924", "91819424", "93441116"},
            {"2000000000", "69279037", "90698825", "38618901"},
            {"20000000000", "65353130", "77737706", "47863826"},
        };
        for (String[] v : vectors) {
            Instant at = Instant.ofEpochSecond(Long.parseLong(v[0]));
            assertThat(phone.otp().codeAt(sha1, at).code()).as("SHA1 at " + v[0]).isEqualTo(v[1]);
            assertThat(phone.otp().codeAt(sha256, at).code()).as("SHA256 at " + v[0]).isEqualTo(v[2]);
            assertThat(phone.otp().codeAt(sha512, at).code()).as("SHA512 at " + v[0]).isEqualTo(v[3]);
        }
        assertThat(phone.otp().codeAt(sha1, Instant.ofEpochSecond(59)).secondsLeft()).isEqualTo(1);
        assertThat(phone.otp().records()).extracting(OtpEntry::title)
                .containsExactlyInAnyOrder("otp-sha1", "otp-sha256", "otp-sha512");
        assertThat(phone.snapshot().pendingAudit()).as("computing codes journals nothing").isEqualTo(2);
    }

    @Test
    void theCodeFollowsThePhonesOwnClockAndEachViewIsAuditedExactlyOnceOffline() {
        Lab.TestUser user = lab.user(1);
        long id = addOtpRecord(user, "otp-clock", SHA1);
        Device phone = lab.loggedIn(user, "otp-clock");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        OtpCode before = phone.otp().view(id);
        assertThat(before.code()).isEqualTo(phone.otp().codeAt(id, phone.snapshot().deviceTime()).code());
        phone.qa().advanceClock(Duration.ofSeconds(30));
        OtpCode after = phone.otp().view(id);
        assertThat(after.code()).isNotEqualTo(before.code())
                .isEqualTo(phone.otp().codeAt(id, before.at().plusSeconds(30)).code());
        phone.otp().code(id);
        phone.otp().codes(List.of(id));
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        phone.sync();
        assertThat(lab.audit(user.username(), "OTP_VIEWED", "offline")).hasSize(2)
                .allSatisfy(e -> assertThat(e.recordId()).isEqualTo(id));
        assertThat(lab.audit(user.username(), "OTP_VIEWED", null)).hasSize(2);
    }

    @Test
    void copyingACodePutsItOnTheClipboardUntilItClearsAndIsAuditedOnce() {
        Lab.TestUser user = lab.user(1);
        long id = addOtpRecord(user, "otp-copy", SHA1);
        Device phone = lab.loggedIn(user, "otp-copy");
        phone.qa().setNetwork(NetworkMode.OFFLINE);
        phone.otp().copy(id);
        assertThat(phone.clipboardText()).contains(phone.otp().code(id).code());
        assertThat(phone.snapshot().clipboardTitle()).isEqualTo("otp-copy");
        phone.qa().advanceClock(Duration.ofSeconds(31));
        assertThat(phone.clipboardText()).isEmpty();
        phone.qa().setNetwork(NetworkMode.ONLINE);
        phone.sync();
        phone.sync();
        assertThat(lab.audit(user.username(), "OTP_COPIED", "offline")).hasSize(1);
    }

    @Test
    void aPageOfCodesJournalsOneViewPerRecordShownAndARecordWithoutASecretHasNoCode() {
        Lab.TestUser user = lab.user(1);
        long a = addOtpRecord(user, "otp-a", SHA1);
        long b = addOtpRecord(user, "otp-b", SHA256);
        Device phone = lab.loggedIn(user, "otp-page");
        int before = phone.snapshot().pendingAudit();
        assertThat(phone.otp().viewPage(List.of(a, b))).extracting(OtpCode::title).containsExactly("otp-a", "otp-b");
        assertThat(phone.snapshot().pendingAudit()).isEqualTo(before + 2);
        long plain = phone.findByTitle(phone.records().stream().filter(r -> r.otpUri() == null).findFirst()
                .orElseThrow().title()).orElseThrow().recordId();
        assertThatThrownBy(() -> phone.otp().view(plain)).isInstanceOf(DeviceException.class);
        phone.lock();
        assertThatThrownBy(() -> phone.otp().code(a)).isInstanceOf(DeviceException.class)
                .extracting(e -> ((DeviceException) e).code()).isEqualTo("cache_locked");
    }
}
