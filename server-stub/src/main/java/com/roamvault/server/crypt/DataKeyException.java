package com.roamvault.server.crypt;

/** The key-encryption key is missing, wrong or unsafely stored; the message is one sentence for the operator. */
public final class DataKeyException extends RuntimeException {
    public DataKeyException(String message) {
        super(message);
    }
}
