package com.roamvault.device.engine.keystore;

import java.util.Map;

/** keystore.json: {@code {"format":1,"keys":{"device":{...}}}}. */
record KeystoreFile(int format, Map<String, StoredKey> keys) {
    static final int FORMAT = 1;
}
