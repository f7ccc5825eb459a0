package com.roamvault.protocol.audit;

import java.util.List;

/** Newest first; {@code next} is the {@code before} value of the following page, null at the end. */
public record AuditPage(List<AuditEvent> events, Long next) {
}
