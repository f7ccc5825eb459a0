package com.roamvault.device.ui.session;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.ui.support.PhoneErrors;
import java.util.List;

/** Why a phone action failed, as the screen shows it: the code (null when not a device error), text, reasons. */
public record ActionFailure(String code, String text, List<String> reasons) {

    public static ActionFailure of(Throwable t) {
        if (t instanceof DeviceException e) {
            return new ActionFailure(e.code(), PhoneErrors.describe(e), e.reasons());
        }
        return new ActionFailure(null, PhoneErrors.describe(t), List.of());
    }
}
