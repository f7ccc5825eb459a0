package com.roamvault.device.engine.storage;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import java.nio.file.Path;

/**
 * A file of the device folder failed its integrity check (changed, truncated, or made for another
 * device key). Code {@code cache_tampered}: the phone has one code for tampered local data. The way
 * out is a wipe and a new login: {@code Device.recoverTampered} when the phone no longer opens,
 * {@code Device.wipeTampered} when its cache does not.
 */
public class TamperedDataException extends DeviceException {
    private final Path file;

    public TamperedDataException(Path file, String reason) {
        super(DeviceError.CACHE_TAMPERED, file.getFileName() + " was tampered with: " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
