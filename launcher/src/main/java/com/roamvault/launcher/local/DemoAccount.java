package com.roamvault.launcher.local;

/** A person of the demo organisation: username and master password (demo data only). */
public final class DemoAccount {
    private final String username;
    private final String masterPassword;

    public DemoAccount(String username, String masterPassword) {
        this.username = username;
        this.masterPassword = masterPassword;
    }

    public String username() {
        return username;
    }

    public String masterPassword() {
        return masterPassword;
    }
}
