package com.roamvault.device.engine.otp;

import java.time.Instant;

/**
 * A record's one-time code at one instant of the phone's clock: the code, how many seconds it
 * stays valid, and its period (a UI draws the countdown from the two).
 */
public record OtpCode(long recordId, String title, String code, int secondsLeft, int periodSeconds, Instant at) {
    @Override
    public String toString() {
        return "OtpCode[recordId=" + recordId + ", secondsLeft=" + secondsLeft + "]";
    }
}
