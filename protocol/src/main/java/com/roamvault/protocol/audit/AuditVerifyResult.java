package com.roamvault.protocol.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerifyResult(boolean ok, long checked, Long firstBadSeq) {
}
