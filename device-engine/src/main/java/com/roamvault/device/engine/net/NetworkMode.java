package com.roamvault.device.engine.net;

/** The simulated phone's connectivity, switched by QA. */
public enum NetworkMode {
    ONLINE, OFFLINE, FLAKY, MITM;

    public static NetworkMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Network state must be online, offline, flaky or mitm, not '" + text + "'");
        }
    }
}
