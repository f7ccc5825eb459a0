package com.roamvault.server.store;

import java.sql.SQLException;

/** A database failure the caller cannot handle; answered as 500 {@code internal} and logged once. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
