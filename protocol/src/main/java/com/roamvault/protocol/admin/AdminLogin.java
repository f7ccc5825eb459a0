package com.roamvault.protocol.admin;

public record AdminLogin(String username, String password) {
    @Override
    public String toString() {
        return "AdminLogin[username=" + username + ", password=<hidden>]";
    }
}
