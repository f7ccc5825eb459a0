package com.roamvault.device.engine.otp;

/** One line of the phone's OTP page: a cached record that carries a one-time code secret. */
public record OtpEntry(long recordId, long listId, String title, String issuer, String account, int digits,
                       int periodSeconds) {
}
