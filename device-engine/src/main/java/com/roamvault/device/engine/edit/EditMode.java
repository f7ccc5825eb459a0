package com.roamvault.device.engine.edit;

/** The effective {@code mobileEditMode} as the signed lease terms give it to the phone. */
public enum EditMode {
    OFF, ONLINE, OFFLINE;

    /** An unknown or missing value (a cache from before the option) is read-only: the safe side. */
    public static EditMode of(String wire) {
        if (wire == null) {
            return OFF;
        }
        return switch (wire) {
            case "online" -> ONLINE;
            case "offline" -> OFFLINE;
            default -> OFF;
        };
    }
}
