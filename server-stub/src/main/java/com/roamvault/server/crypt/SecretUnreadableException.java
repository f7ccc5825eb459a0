package com.roamvault.server.crypt;

/** A stored secret that does not open here: moved from another row or column, altered, or under another key. */
public final class SecretUnreadableException extends RuntimeException {
    public SecretUnreadableException(String place) {
        super("The stored secret " + place + " cannot be decrypted: it was altered, moved from another row, "
                + "or sealed under another key");
    }
}
