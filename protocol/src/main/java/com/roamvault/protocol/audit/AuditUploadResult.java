package com.roamvault.protocol.audit;

public record AuditUploadResult(int accepted, int duplicates) {
}
