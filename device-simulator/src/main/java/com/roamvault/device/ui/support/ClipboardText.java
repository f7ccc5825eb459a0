package com.roamvault.device.ui.support;

import com.roamvault.device.engine.DeviceSnapshot;
import java.time.Duration;

/** The clipboard banner: "Clipboard: core-sw-01 password · clears in 27 s", or empty when clear. */
public final class ClipboardText {
    private ClipboardText() {
    }

    /** @param what what the screen last copied ("password", "one-time code") */
    public static String of(DeviceSnapshot s, String what) {
        if (s.clipboardTitle() == null || s.clipboardClearsAt() == null) {
            return "";
        }
        return "Clipboard: " + s.clipboardTitle() + " " + what + " · clears in "
                + Texts.countdown(Duration.between(s.deviceTime(), s.clipboardClearsAt()));
    }
}
