package com.roamvault.device.engine.journal;

/** Whether the phone had a connection to the App Server when the event happened. */
public enum Origin {
    ONLINE("online"),
    OFFLINE("offline");

    private final String wire;

    Origin(String wire) {
        this.wire = wire;
    }

    /** As the audit upload spells it. */
    public String wire() {
        return wire;
    }
}
