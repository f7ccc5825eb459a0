package com.roamvault.server.store;

/** The database cannot be reached or migrated at start; the message says which and why. */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
