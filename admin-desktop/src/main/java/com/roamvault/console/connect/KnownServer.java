package com.roamvault.console.connect;

/** A server the console connected to before: where it is and the key it must present. Never a password. */
public record KnownServer(String url, String pin) {
    @Override
    public String toString() {
        return url;
    }
}
