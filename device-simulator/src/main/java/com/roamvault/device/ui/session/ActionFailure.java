package com.roamvault.device.ui.session;

import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.ui.support.PhoneErrors;
import java.util.List;

/**
 * Why a phone action failed, as the screen shows it: the code (null when not a device error), text,
 * reasons, and {@code detail}: the engine's own explanation for a refusal made on the phone (why an
 * edit is not allowed here, which field is malformed), empty for what the server said.
 */
public record ActionFailure(String code, String text, List<String> reasons, String detail) {

    public static ActionFailure of(Throwable t) {
        if (t instanceof DeviceException e) {
            return new ActionFailure(e.code(), PhoneErrors.describe(e), e.reasons(), phoneSide(e) ? e.getMessage() : "");
        }
        return new ActionFailure(null, PhoneErrors.describe(t), List.of(), "");
    }

    private static boolean phoneSide(DeviceException e) {
        return e.getMessage() != null && (e.error().map(err -> !err.fromServer()).orElse(false)
                || "validation_failed".equals(e.code()));
    }
}
