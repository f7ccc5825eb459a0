package com.roamvault.device.fleet;

/** A fleet phone's user on the server: its master password and the pairing code its phone scans. */
public record FleetAccount(int index, String username, long userId, String password, String pairingCode) {

    public String phoneName() {
        return "fleet-phone-" + index;
    }

    @Override
    public String toString() {
        return "FleetAccount[" + username + ", id=" + userId + "]";
    }
}
