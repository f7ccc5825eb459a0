package com.roamvault.device.fleet;

/** Why a phone's run stopped: the step, the error code (the engine's or the server's) and its message. */
public record PhoneError(String phone, String step, String code, String message) {
}
