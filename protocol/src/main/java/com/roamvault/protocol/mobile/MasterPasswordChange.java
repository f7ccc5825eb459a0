package com.roamvault.protocol.mobile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of the phone's master password change: {@code {"current": "...", "new": "..."}}. */
public record MasterPasswordChange(String current, @JsonProperty("new") String newPassword) {
    @Override
    public String toString() {
        return "MasterPasswordChange[<hidden>]";
    }
}
