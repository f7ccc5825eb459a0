package com.roamvault.device.engine.cache;

import com.roamvault.device.engine.crypto.DataKey;
import java.time.Duration;
import java.util.Optional;

/**
 * What an unlocked session needs of its cache file: to seal it again and to wrap the data key
 * under a new password. Its monitor is the cache's: a session holds it while it writes.
 */
interface CacheWriter {

    void write(CacheHeader header, DataKey dataKey, CacheContents contents);

    CacheHeader passwordProtectedHeader(char[] password, DataKey dataKey, CacheTerms terms);

    Optional<Duration> lastKdfTime();
}
