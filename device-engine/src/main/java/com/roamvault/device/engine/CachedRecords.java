package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.mobile.ListDto;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.Optional;

/** Finding a record or list in the open cache. */
final class CachedRecords {
    private CachedRecords() {
    }

    static RecordDto byId(PhoneCore core, long recordId) {
        return core.cache().contents().records().stream().filter(r -> r.recordId() == recordId).findFirst()
                .orElseThrow(() -> new DeviceException(DeviceError.NO_CACHE, "No record " + recordId + " on this phone"));
    }

    static Optional<ListDto> list(PhoneCore core, long listId) {
        return core.cache().contents().lists().stream().filter(l -> l.listId() == listId).findFirst();
    }
}
