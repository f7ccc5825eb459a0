package com.roamvault.protocol.audit;

import java.util.List;

public record AuditUpload(List<AuditUploadEvent> events) {
    public static final int MAX_EVENTS = 1000;
}
