package com.roamvault.device.engine.keystore;

/** One key as keystore.json holds it: base64 AES-256 material and its protection. */
record StoredKey(String material, boolean userAuthenticationRequired) {
    @Override
    public String toString() {
        return "StoredKey[<hidden>, userAuthenticationRequired=" + userAuthenticationRequired + "]";
    }
}
