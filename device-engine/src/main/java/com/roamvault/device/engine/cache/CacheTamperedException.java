package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.storage.TamperedDataException;
import java.nio.file.Path;

/**
 * cache.bin failed its integrity check ({@code cache_tampered}). Raised before any password is
 * tried, so a tampered file never counts as a failed unlock.
 */
public final class CacheTamperedException extends TamperedDataException {
    public CacheTamperedException(Path file, String reason) {
        super(file, reason);
    }
}
