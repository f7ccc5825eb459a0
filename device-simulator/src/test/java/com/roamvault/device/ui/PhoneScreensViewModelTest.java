package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.engine.state.WipeReason;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.endstate.EndState;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.ui.SameThreadUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone's screens follow the engine's state: pairing, login, end states, navigation; no stage needed. */
class PhoneScreensViewModelTest {
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
    void anUnpairedPhoneAsksForAPairingCodeThenForTheMasterPassword() {
        Lab.TestUser user = lab.user(2);
        PhoneViewModel phone = Phones.of(lab.device("fresh"));
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.PAIR);
        assertThat(phone.pair().canPairProperty().get()).isFalse();

        phone.pair().pairingCodeProperty().set("not a pairing code");
        phone.pair().pair();
        assertThat(phone.pair().errorProperty().get()).contains("not_logged_in");
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.PAIR);

        phone.pair().pairingCodeProperty().set(user.pairingCode());
        phone.pair().pair();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.LOGIN);
        assertThat(phone.login().usernameProperty().get()).isEqualTo(user.username());

        phone.login().passwordProperty().set("wrong-password-entirely");
        phone.login().logIn();
        assertThat(phone.login().errorProperty().get()).contains("invalid_credentials");
        assertThat(phone.login().passwordProperty().get()).isEmpty();

        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.RECORDS);
        assertThat(phone.statusBar().lockProperty().get()).isEqualTo("Unlocked");
        assertThat(phone.busyProperty().get()).isFalse();
    }

    @Test
    void aPhotoOfTheQrCodePairsThePhone(@TempDir Path dir) throws Exception {
        Lab.TestUser user = lab.user(1);
        Path qr = dir.resolve("pairing.png");
        MatrixToImageWriter.writeToPath(new QRCodeWriter().encode(user.pairingCode(), BarcodeFormat.QR_CODE, 400, 400),
                "png", qr);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        var device = lab.device("scanner");
        PhoneViewModel phone = new PhoneViewModel(device, device.snapshot(), new SameThreadUiExecutor(), dialogs);

        dialogs.qrImage = qr;
        phone.pair().pairFromQrImage();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.LOGIN);
        assertThat(phone.snapshot().username()).isEqualTo(user.username());
    }

    @Test
    void anExpiredCacheShowsTheWipedScreenWithItsReasonThenLeadsToLogin() {
        Lab.TestUser user = lab.user(1);
        PhoneViewModel phone = Phones.loggedIn(lab, user, "expiring");
        DeviceControlViewModel control = new DeviceControlViewModel(phone);
        assertThat(phone.statusBar().leaseProperty().get()).matches("cache wipes in 1[34] d.*");

        control.setNetwork(NetworkMode.OFFLINE);
        assertThat(phone.statusBar().networkProperty().get()).isEqualTo("Offline");
        control.advanceClock(Duration.ofDays(3));
        assertThat(phone.statusBar().leaseProperty().get()).matches("cache wipes in 1[01] d.*");
        control.customDurationProperty().set("12d");
        control.applyCustomDuration();

        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.END_STATE);
        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.WIPED);
        assertThat(phone.endState().messageProperty().get()).contains("expired").contains("reason=expired");
        assertThat(phone.statusBar().leaseProperty().get()).isEqualTo("no cache");

        phone.endState().proceed();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.LOGIN);
    }

    @Test
    void aServerWithAnotherKeyShowsMitmRefusedAndEscGoesBack() {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "intercepted");
        new DeviceControlViewModel(phone).setNetwork(NetworkMode.MITM);
        assertThat(phone.statusBar().networkProperty().get()).isEqualTo("Intercepted");
        phone.show(Screen.SYNC);

        phone.sync().sync();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.END_STATE);
        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.MITM_REFUSED);
        assertThat(phone.endState().titleProperty().get()).isEqualTo("Connection refused");
        assertThat(phone.sync().resultProperty().get()).contains("pin_mismatch");
        phone.back();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.SYNC);
    }

    @Test
    void aRevokedPhoneSaysSoAtItsNextContact() throws Exception {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "revoked");
        lab.admin().devices().revoke(phone.snapshot().deviceId());

        phone.sync().sync();

        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.REVOKED);
        assertThat(phone.endState().titleProperty().get()).isEqualTo("This phone was revoked");
    }

    @Test
    void aClockSetBackShowsTamperingThenTheUnlockScreen() {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "rewound");
        new DeviceControlViewModel(phone).setClockBack(Duration.ofDays(1));

        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.TAMPERED);
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.END_STATE);
        phone.endState().proceed();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        assertThat(phone.unlock().reasonProperty().get()).contains("clock was set back");
    }

    @Test
    void aTamperedCacheOffersWipeAndSignInAgainWhichLeadsBackToTheRecords(@TempDir Path folder) throws Exception {
        Lab.TestUser user = lab.user(2);
        PhoneViewModel phone = Phones.of(lab.device("tampered", folder));
        phone.pair().pairingCodeProperty().set(user.pairingCode());
        phone.pair().pair();
        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();
        phone.records().lock();
        phone.device().qa().setNetwork(NetworkMode.OFFLINE);
        Path cache = folder.resolve("cache.bin");
        byte[] raw = Files.readAllBytes(cache);
        raw[raw.length / 2] ^= 0x01;
        Files.write(cache, raw);

        phone.unlock().passwordProperty().set(user.password());
        phone.unlock().unlockWithPassword();
        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.DATA_TAMPERED);
        assertThat(phone.endState().actionProperty().get()).isEqualTo("Wipe and sign in again");

        phone.endState().proceed();
        assertThat(phone.snapshotProperty().get().lifecycle()).isEqualTo(Lifecycle.WIPED);
        assertThat(phone.snapshotProperty().get().wipeReason()).isEqualTo(WipeReason.TAMPERED);
        assertThat(cache).doesNotExist();
        assertThat(phone.endState().messageProperty().get()).contains("reason=tampered");
        phone.endState().proceed();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.LOGIN);
        phone.device().qa().setNetwork(NetworkMode.ONLINE);
        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();
        assertThat(phone.snapshotProperty().get().records()).isEqualTo(2);
    }

    @Test
    void escapeWalksBackThroughThePages() {
        PhoneViewModel phone = Phones.loggedIn(lab, lab.user(1), "navigator");
        phone.settings().changeMasterPassword();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.CHANGE_PASSWORD);
        phone.back();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.SETTINGS);
        phone.back();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.RECORDS);

        phone.records().lock();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        assertThat(phone.statusBar().lockProperty().get()).isEqualTo("Locked");
    }

    @Test
    void settingsShowWhoAndWhereThePhoneIsAndThePolicyInForce() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        var device = lab.device("about");
        PhoneViewModel phone = new PhoneViewModel(device, device.snapshot(), new SameThreadUiExecutor(), dialogs);
        Lab.TestUser user = lab.user(1);
        phone.pair().pairingCodeProperty().set(user.pairingCode());
        phone.pair().pair();
        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();

        assertThat(phone.settings().aboutProperty().get()).extracting(java.util.Map.Entry::getValue)
                .contains(phone.snapshot().deviceId(), phone.snapshot().pin(), user.username());
        assertThat(phone.settings().policyProperty().get()).anySatisfy(e -> {
            assertThat(e.getKey()).isEqualTo("Offline cache");
            assertThat(e.getValue()).isEqualTo("14 days");
        });
        // one row for every option the phone enforces, named as the catalogue names it
        assertThat(phone.settings().policyProperty().get()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyElementsOf(com.roamvault.protocol.policy.MobileOption.perUserOptions().stream()
                        .filter(o -> o != com.roamvault.protocol.policy.MobileOption.MOBILE_ACCESS_ENABLED)
                        .map(com.roamvault.protocol.policy.MobileOption::label).toList());

        dialogs.confirmAnswer = false;
        phone.settings().logOut();
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        dialogs.confirmAnswer = true;
        phone.settings().logOut();
        assertThat(dialogs.asked).hasSize(2);
        assertThat(phone.endState().messageProperty().get()).contains("You logged out");
    }
}
