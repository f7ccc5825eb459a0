package com.roamvault.protocol.mobile;

import com.roamvault.protocol.policy.MobilePolicy;
import java.util.List;

/**
 * After applying it, a phone holds exactly the records its user may see on mobile now:
 * {@code full} replaces everything, otherwise records are upserted and {@code removedRecordIds}
 * dropped; {@code lists} is always the complete current set.
 */
public record SyncResponse(boolean full, String cursor, List<ListDto> lists, List<RecordDto> records,
                           List<Long> removedRecordIds, Lease lease, MobilePolicy policy) {
}
