package com.roamvault.console.audit;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditPage;
import java.util.ArrayList;
import java.util.List;

/** What one live-tail poll reads: the events newer than the newest shown, a few pages at most. */
final class NewerEvents {
    /** How far back one tail poll looks before it gives up and reloads (a burst of more than 1,000). */
    static final int TAIL_PAGES = 5;

    private NewerEvents() {
    }

    /** Newest first, or null when more than {@link #TAIL_PAGES} pages arrived since {@code newest}. */
    static List<AuditEvent> since(AuditApi api, AuditFilter query, long newest, int pageSize) throws Exception {
        List<AuditEvent> newer = new ArrayList<>();
        Long before = null;
        for (int i = 0; i < TAIL_PAGES; i++) {
            AuditPage page = api.page(query, pageSize, before);
            for (AuditEvent e : page.events()) {
                if (e.seq() <= newest) {
                    return newer;
                }
                newer.add(e);
            }
            if (page.next() == null) {
                return newer;
            }
            before = page.next();
        }
        return null;
    }
}
