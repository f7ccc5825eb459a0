package com.roamvault.console.audit;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** The real API, remembering each page request (its cursor) so tests can count what the screen asked for. */
final class CountingAuditApi implements AuditApi {
    final List<Long> pageRequests = new ArrayList<>();
    private final AuditApi real;

    CountingAuditApi(AuditApi real) {
        this.real = real;
    }

    @Override
    public AuditPage page(AuditFilter query, int limit, Long before) throws RoamvaultClientException {
        pageRequests.add(before);
        return real.page(query, limit, before);
    }

    @Override
    public long export(AuditFilter query, OutputStream out, LongConsumer bytesSoFar)
            throws RoamvaultClientException {
        return real.export(query, out, bytesSoFar);
    }

    @Override
    public AuditVerifyResult verify() throws RoamvaultClientException {
        return real.verify();
    }
}
