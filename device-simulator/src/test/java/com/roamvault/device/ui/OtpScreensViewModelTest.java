package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.otp.Totp;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-time codes on the phone: in the record's detail (counting down, copied) and on the OTP page. */
class OtpScreensViewModelTest {
    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void theDetailShowsTheRecordsCodeAtThePhoneClockAndCountsDown() throws Exception {
        Lab.TestUser user = lab.user(2);
        RecordDetail vpn = EditingLab.otpRecord(lab, user, "vpn-otp-" + user.userId());
        PhoneViewModel phone = Phones.loggedIn(lab, user, "otp-reader");
        // the phone's own clock, three minutes (six periods) ahead of the real one: the code follows the phone
        new DeviceControlViewModel(phone).advanceClock(Duration.ofMinutes(3));

        phone.detail().load(vpn.recordId());
        phone.show(Screen.DETAIL);

        var otp = phone.detail().otp();
        OtpCode first = otp.codeProperty().get();
        assertThat(first).isNotNull();
        assertThat(Duration.between(phone.snapshot().deviceTime(), first.at()).abs()).isLessThan(Duration.ofSeconds(2));
        assertThat(Duration.between(java.time.Instant.now(), first.at())).isGreaterThan(Duration.ofMinutes(2));
        assertThat(otp.codeTextProperty().get()).hasSize(6)
                .isEqualTo(Totp.code(OtpUri.parse(EditingLab.OTP_URI), first.at()));
        assertThat(otp.secondsLeftProperty().get()).isEqualTo("Valid for " + first.secondsLeft() + " s more");
        assertThat(pending(phone, AuditActions.OTP_VIEWED)).isEqualTo(1);

        new DeviceControlViewModel(phone).advanceClock(Duration.ofSeconds(7));
        otp.refresh();
        OtpCode later = otp.codeProperty().get();
        assertThat(Math.floorMod(first.secondsLeft() - later.secondsLeft(), 30)).isBetween(7, 8);
        assertThat(later.code()).isEqualTo(Totp.code(OtpUri.parse(EditingLab.OTP_URI), later.at()));
        assertThat(pending(phone, AuditActions.OTP_VIEWED)).as("a refresh journals nothing").isEqualTo(1);

        phone.detail().copyCode();
        String copied = phone.device().clipboardText().orElseThrow();
        assertThat(copied).isEqualTo(Totp.code(OtpUri.parse(EditingLab.OTP_URI), phone.snapshot().deviceTime()));
        assertThat(phone.detail().clipboardProperty().get())
                .startsWith("Clipboard: " + vpn.title() + " one-time code · clears in");
        assertThat(pending(phone, AuditActions.OTP_COPIED)).isEqualTo(1);
    }

    @Test
    void aRecordWithoutACodeShowsNone() {
        Lab.TestUser user = lab.user(1);
        PhoneViewModel phone = Phones.loggedIn(lab, user, "otp-none");
        phone.records().open(phone.records().rows().get(1));
        assertThat(phone.detail().otp().hasCodeProperty().get()).isFalse();
        assertThat(pending(phone, AuditActions.OTP_VIEWED)).isZero();
    }

    @Test
    void theOtpPageListsEveryRecordWithACodeAndJournalsOnlyTheCodesShown() throws Exception {
        Lab.TestUser user = lab.user(3);
        RecordDetail a = EditingLab.otpRecord(lab, user, "alpha-otp-" + user.userId());
        RecordDetail b = EditingLab.otpRecord(lab, user, "beta-otp-" + user.userId());
        PhoneViewModel phone = Phones.loggedIn(lab, user, "otp-pager");

        phone.show(Screen.OTP_CODES);

        var page = phone.otpCodes();
        assertThat(page.rows()).extracting(r -> r.title()).containsExactly(a.title(), b.title());
        assertThat(page.summaryProperty().get()).isEqualTo("2 records with one-time codes");
        OtpCode code = page.codesProperty().get().get(a.recordId());
        assertThat(code.code()).isEqualTo(Totp.code(OtpUri.parse(EditingLab.OTP_URI), code.at()));
        assertThat(pending(phone, AuditActions.OTP_VIEWED)).as("no row on screen yet").isZero();

        page.shown(a.recordId());
        page.refresh();
        page.shown(a.recordId());
        page.refresh();
        assertThat(pending(phone, AuditActions.OTP_VIEWED)).as("once per visit").isEqualTo(1);

        page.copy(page.rows().get(1));
        assertThat(phone.device().clipboardText()).contains(page.codesProperty().get().get(b.recordId()).code());
        assertThat(page.clipboardProperty().get()).startsWith("Clipboard: " + b.title() + " one-time code");
        assertThat(pending(phone, AuditActions.OTP_COPIED)).isEqualTo(1);
    }

    private static long pending(PhoneViewModel phone, String action) {
        return phone.device().pendingAudit().stream().map(AuditUploadEvent::action).filter(action::equals).count();
    }
}
