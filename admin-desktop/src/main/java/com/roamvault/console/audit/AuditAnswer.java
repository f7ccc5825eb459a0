package com.roamvault.console.audit;

import com.roamvault.protocol.admin.Stats;
import com.roamvault.protocol.audit.AuditPage;
import java.util.List;
import java.util.Map;

/** One background call's answers: a page, and the device names and day counts when they were asked (else null). */
record AuditAnswer(AuditPage page, Map<String, String> deviceNames, List<Stats.DayCount> perDay) {
    void namesInto(DeviceNames names) {
        if (deviceNames != null) {
            names.replace(deviceNames);
        }
    }
}
