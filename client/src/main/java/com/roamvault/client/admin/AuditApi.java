package com.roamvault.client.admin;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import com.roamvault.protocol.audit.AuditVerifyResult;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import okhttp3.HttpUrl;

/** The server's hash-chained audit log: pages, everything, the streamed CSV export, the chain check. */
public final class AuditApi {
    /** The server's largest page. */
    public static final int MAX_PAGE = 1000;

    private final AdminSession session;

    AuditApi(AdminSession session) {
        this.session = session;
    }

    /** One page, newest first; {@code before} is the previous page's {@code next} (null for the first). */
    public AuditPage page(AuditFilter filter, int limit, Long before) throws RoamvaultClientException {
        HttpUrl.Builder url = filter.addTo(session.url(Paths.ADMIN_AUDIT))
                .addQueryParameter("limit", Integer.toString(limit));
        if (before != null) {
            url.addQueryParameter("before", before.toString());
        }
        return session.get(url.build(), AuditPage.class);
    }

    /** Every matching event, newest first, following the pages (mind the size of a long log). */
    public List<AuditEvent> all(AuditFilter filter) throws RoamvaultClientException {
        List<AuditEvent> events = new ArrayList<>();
        Long before = null;
        do {
            AuditPage page = page(filter, MAX_PAGE, before);
            events.addAll(page.events());
            before = page.next();
        } while (before != null);
        return events;
    }

    /**
     * Streams the CSV export (header row first) of the filtered history into {@code out},
     * reporting the bytes written so far; returns the total. The server streams too, so memory
     * stays flat however long the log is.
     */
    public long exportCsv(AuditFilter filter, OutputStream out, LongConsumer progress)
            throws RoamvaultClientException {
        return session.stream(filter.addTo(session.url(Paths.ADMIN_AUDIT_EXPORT)).build(), out, progress);
    }

    /** Checks the whole hash chain: {@code ok}, how many were checked, the first bad sequence number. */
    public AuditVerifyResult verify() throws RoamvaultClientException {
        return session.get(Paths.ADMIN_AUDIT_VERIFY, AuditVerifyResult.class);
    }
}
