package com.roamvault.protocol.admin;

import com.roamvault.protocol.audit.AuditEvent;
import java.time.LocalDate;
import java.util.List;

/** The dashboard's counters; {@code eventsPerDay} covers the last 30 days (UTC), oldest first. */
public record Stats(long devicesActive, long cachesExpiringWithin48h, long lockedAccounts, long failedLogins24h,
                    List<DayCount> eventsPerDay, List<AuditEvent> newestEvents) {

    public record DayCount(LocalDate day, long count) {
    }
}
