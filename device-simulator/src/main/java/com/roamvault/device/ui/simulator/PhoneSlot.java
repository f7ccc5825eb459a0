package com.roamvault.device.ui.simulator;

import com.roamvault.device.ui.control.DeviceControlViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;

/** One phone on screen with its column of the control panel; {@code scenario} phones are driven by a script. */
public record PhoneSlot(PhoneViewModel phone, DeviceControlViewModel control, String hint, boolean scenario) {
}
