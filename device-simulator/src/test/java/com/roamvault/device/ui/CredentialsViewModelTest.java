package com.roamvault.device.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.biometric.BiometricState;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.endstate.EndState;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.session.Screen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unlocking by password and finger, biometric lockout, and the master password change with its meter. */
class CredentialsViewModelTest {
    private static Lab lab;

    @BeforeAll
    static void start() {
        lab = new Lab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    /** A phone with right-thumb enrolled before login, so the login arms finger unlock; then locked. */
    private static PhoneViewModel lockedWithFinger(Lab.TestUser user, String name) {
        PhoneViewModel phone = Phones.of(lab.device(name));
        DeviceControlViewModel control = new DeviceControlViewModel(phone);
        control.newFingerProperty().set("right-thumb");
        control.enrollFinger();
        phone.pair().pairingCodeProperty().set(user.pairingCode());
        phone.pair().pair();
        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();
        phone.records().lock();
        return phone;
    }

    @Test
    void fingerprintUnlockIsOfferedOnlyWhileArmed() {
        Lab.TestUser user = lab.user(1);
        PhoneViewModel plain = Phones.loggedIn(lab, user, "no-fingers");
        plain.records().lock();
        assertThat(plain.unlock().fingerprintOfferedProperty().get()).isFalse();

        PhoneViewModel phone = lockedWithFinger(lab.user(1), "thumb");
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.ARMED);
        assertThat(phone.unlock().fingerprintOfferedProperty().get()).isTrue();
        phone.unlock().unlockWithFingerprint();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.RECORDS);

        new DeviceControlViewModel(phone).enrollFinger();
        phone.records().lock();
        assertThat(phone.snapshot().biometric()).isEqualTo(BiometricState.INVALIDATED);
        assertThat(phone.unlock().fingerprintOfferedProperty().get()).isFalse();
    }

    @Test
    void fiveUnknownFingersShowTheLockedOutScreenUntilAGivenTime() {
        PhoneViewModel phone = lockedWithFinger(lab.user(1), "stranger");
        DeviceControlViewModel control = new DeviceControlViewModel(phone);
        for (int i = 0; i < 4; i++) {
            control.touchWithUnknownFinger();
            assertThat(phone.unlock().errorProperty().get()).contains("biometric_no_match");
            assertThat(phone.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        }
        control.touchWithUnknownFinger();

        assertThat(phone.screenProperty().get()).isEqualTo(Screen.END_STATE);
        assertThat(phone.endStateProperty().get().kind()).isEqualTo(EndState.Kind.LOCKED_OUT);
        assertThat(phone.endState().messageProperty().get()).matches("(?s).*blocked until \\d\\d:\\d\\d:\\d\\d.*");
        assertThat(control.biometricProperty().get()).isEqualTo("Sensor: locked out");

        phone.endState().proceed();
        assertThat(phone.screenProperty().get()).isEqualTo(Screen.UNLOCK);
        phone.unlock().passwordProperty().set("wrong-master-password-1");
        phone.unlock().unlockWithPassword();
        assertThat(phone.unlock().errorProperty().get()).contains("wrong_master_password");
        assertThat(phone.unlock().attemptsProperty().get()).contains("1 failed attempt");
    }

    @Test
    void theMeterShowsThePolicyLiveAndTheServerGivesItsReasons() {
        Lab.TestUser user = lab.user(1);
        PhoneViewModel phone = Phones.loggedIn(lab, user, "changer");
        phone.settings().changeMasterPassword();
        var change = phone.changePassword();

        change.nextProperty().set("abc");
        assertThat(change.strengthLabelProperty().get()).startsWith("Very weak");
        assertThat(change.requirementsProperty().get()).contains("At least 12 characters (now 3)")
                .anySatisfy(r -> assertThat(r).startsWith("Strength at least Strong"));
        change.confirmProperty().set("abd");
        assertThat(change.requirementsProperty().get()).contains("The two new passwords differ");
        assertThat(change.canSubmitProperty().get()).isFalse();

        change.currentProperty().set(user.password());
        change.nextProperty().set("passwordpassword");
        change.confirmProperty().set("passwordpassword");
        change.submit();
        assertThat(change.errorProperty().get()).contains("weak_password");
        assertThat(change.serverReasons()).isNotEmpty();

        String strong = "tangerine-obelisk-murmur-" + user.userId() + "-quasar";
        change.nextProperty().set(strong);
        assertThat(change.strengthFractionProperty().get()).isEqualTo(1.0);
        assertThat(change.requirementsProperty().get()).noneMatch(r -> r.startsWith("At least") || r.startsWith("Strength"));
        change.confirmProperty().set(strong);
        change.submit();
        assertThat(change.messageProperty().get()).startsWith("Master password changed");
        assertThat(change.serverReasons()).isEmpty();

        phone.records().lock();
        phone.unlock().passwordProperty().set(strong);
        phone.unlock().unlockWithPassword();
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
    }
}
