package com.roamvault.console.audit;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.client.AdminClient;
import com.roamvault.console.client.AuditQuery;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/** The calls the audit screen needs, so a test can also play a failing server. */
public interface AuditApi {
    /** One page, newest first; {@code before} is the previous page's {@code next} (null = newest). */
    AuditPage page(AuditQuery query, int limit, Long before) throws AdminApiException;

    /** Streams the CSV of every event matching {@code query} into {@code out}; answers the bytes written. */
    long export(AuditQuery query, OutputStream out, LongConsumer bytesSoFar) throws AdminApiException;

    AuditVerifyResult verify() throws AdminApiException;

    static AuditApi of(AdminClient client) {
        return new AuditApi() {
            @Override
            public AuditPage page(AuditQuery query, int limit, Long before) throws AdminApiException {
                return client.audit(query, limit, before);
            }

            @Override
            public long export(AuditQuery query, OutputStream out, LongConsumer bytesSoFar) throws AdminApiException {
                return client.exportAudit(query, out, bytesSoFar);
            }

            @Override
            public AuditVerifyResult verify() throws AdminApiException {
                return client.verifyAudit();
            }
        };
    }
}
