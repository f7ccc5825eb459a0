package com.roamvault.device.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a fleet run measured: setup, the measured phase's wall time, latencies by call type,
 * each phone's outcome, the audit check (null when it could not be made), machine load and CPU.
 */
public record FleetResult(FleetOptions options, String server, FleetSetup.Prepared setup, Duration wall,
                          Map<String, LatencyStats.Summary> calls, List<PhoneOutcome> phones, AuditVerdict audit,
                          String auditFailure, Load load, long processCpuNanos) {

    /** System load average (1 minute) at the start, the end, and the highest seen in between; -1 if unknown. */
    public record Load(int cores, double atStart, double peak, double atEnd) {
    }

    public List<PhoneError> errors() {
        return phones.stream().filter(p -> !p.passed()).map(PhoneOutcome::error).toList();
    }

    public int failedCalls() {
        return calls.values().stream().mapToInt(LatencyStats.Summary::failures).sum();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(LatencyStats.Summary::count).sum();
    }

    /** No phone error, no failed call, and the server's audit holds exactly what the phones handed in. */
    public boolean passed() {
        return errors().isEmpty() && failedCalls() == 0 && audit != null && audit.exact()
                && audit.stillOnPhones() == 0;
    }
}
