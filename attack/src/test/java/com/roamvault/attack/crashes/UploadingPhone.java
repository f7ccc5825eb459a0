package com.roamvault.attack.crashes;

import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.RoamvaultClientException;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A phone's offline audit journal, uploaded as a real phone does: in small calls, each batch dropped from
 * the journal only once the server acknowledged it; anything unacknowledged is sent again later.
 */
final class UploadingPhone {
    private static final int BATCH = 25;

    private final String token;
    private final List<AuditUploadEvent> pending = new ArrayList<>();
    private final Set<String> recorded = new LinkedHashSet<>();
    private volatile String lastFailure = "none";

    UploadingPhone(String token) {
        this.token = token;
    }

    /** Writes events to the journal as the phone does offline; their ids are UUIDs made on the phone. */
    synchronized void recordOffline(int count, Random random, int round) {
        for (int i = 0; i < count; i++) {
            byte[] seed = new byte[16];
            random.nextBytes(seed);
            String id = UUID.nameUUIDFromBytes(seed).toString();
            recorded.add(id);
            pending.add(new AuditUploadEvent(id, Instant.parse("2026-12-01T08:00:00Z").plusSeconds(i), "RECORD_VIEWED",
                    "success", null, null, "offline", "crash round " + round + " event " + i));
        }
    }

    /**
     * Uploads until the journal is empty or the server goes away (false); {@code acked} counts the
     * batches the server acknowledged, so the attack can kill it mid-way.
     */
    boolean upload(RoamvaultClient client, AtomicInteger acked) {
        while (true) {
            List<AuditUploadEvent> batch;
            synchronized (this) {
                if (pending.isEmpty()) {
                    return true;
                }
                batch = List.copyOf(pending.subList(0, Math.min(BATCH, pending.size())));
            }
            try {
                client.mobile().uploadAudit(token, batch);
            } catch (RoamvaultClientException e) {
                lastFailure = e.code() + ": " + e.getMessage();
                return false;
            } catch (RuntimeException e) {
                lastFailure = e.toString();
                return false;
            }
            synchronized (this) {
                pending.subList(0, batch.size()).clear();
            }
            acked.incrementAndGet();
        }
    }

    /** Why the last upload stopped (for the attack's report; never contains the token). */
    String lastFailure() {
        return lastFailure;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** Events still in the journal: not lost, the phone will send them again. */
    synchronized Set<String> pendingIds() {
        Set<String> ids = new java.util.HashSet<>();
        pending.forEach(e -> ids.add(e.id()));
        return ids;
    }

    synchronized Set<String> recorded() {
        return Set.copyOf(recorded);
    }
}
