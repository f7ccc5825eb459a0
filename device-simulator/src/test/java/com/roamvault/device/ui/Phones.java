package com.roamvault.device.ui;

import com.roamvault.device.engine.Device;
import com.roamvault.device.support.Lab;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.ui.SameThreadUiExecutor;

/** Phone ViewModels over real devices of a {@link Lab}, on a same-thread executor. */
public final class Phones {
    private Phones() {
    }

    public static PhoneViewModel of(Device device) {
        return new PhoneViewModel(device, device.snapshot(), new SameThreadUiExecutor(), new ScriptedDialogs());
    }

    /** A phone paired with the user's code and logged in through its ViewModels. */
    public static PhoneViewModel loggedIn(Lab lab, Lab.TestUser user, String name) {
        PhoneViewModel phone = of(lab.device(name));
        phone.pair().pairingCodeProperty().set(user.pairingCode());
        phone.pair().pair();
        phone.login().passwordProperty().set(user.password());
        phone.login().logIn();
        return phone;
    }
}
