package com.roamvault.protocol.admin;

public record PasswordReset(String password) {
    @Override
    public String toString() {
        return "PasswordReset[<hidden>]";
    }
}
