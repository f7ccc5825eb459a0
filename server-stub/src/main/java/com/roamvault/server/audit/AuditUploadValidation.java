package com.roamvault.server.audit;

import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUpload;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.http.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a whole journal upload before anything is stored: one bad event refuses the batch, and
 * the answer names each problem as {@code events[i].field}. Only phone actions are accepted, so a
 * device cannot plant server events (logins, permission changes) in the log.
 */
final class AuditUploadValidation {
    static final int DETAIL_MAX = 2000;
    /** Enough to fix a batch; a batch of garbage need not be echoed back in full. */
    private static final int MAX_REPORTED = 100;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private AuditUploadValidation() {
    }

    static List<AuditUploadEvent> check(AuditUpload upload) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<AuditUploadEvent> events = upload.events();
        if (events == null) {
            throw ApiException.validation(Map.of("events", "is required (a list of at most "
                    + AuditUpload.MAX_EVENTS + " events)"));
        }
        if (events.size() > AuditUpload.MAX_EVENTS) {
            throw ApiException.validation(Map.of("events", "at most " + AuditUpload.MAX_EVENTS
                    + " events a call (got " + events.size() + "); upload the rest in further calls"));
        }
        for (int i = 0; i < events.size() && problems.size() < MAX_REPORTED; i++) {
            check(problems, "events[" + i + "]", events.get(i));
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
        return events;
    }

    private static void check(Map<String, String> problems, String at, AuditUploadEvent e) {
        if (e == null) {
            problems.put(at, "must be an event object");
            return;
        }
        if (e.id() == null || !UUID.matcher(e.id()).matches()) {
            problems.put(at + ".id", "must be a UUID");
        }
        if (e.occurredAt() == null) {
            problems.put(at + ".occurredAt", "is required (ISO-8601 instant, device time)");
        }
        if (e.action() == null || !AuditActions.PHONE.contains(e.action())) {
            problems.put(at + ".action", e.action() == null ? "is required" : "'" + abbreviate(e.action())
                    + "' is not a phone action; allowed: " + String.join(", ", AuditActions.PHONE.stream().sorted()
                    .toList()));
        }
        if (e.result() == null || !AuditActions.RESULTS.contains(e.result())) {
            problems.put(at + ".result", "must be success or failure");
        }
        if (e.origin() == null || !AuditActions.ORIGINS.contains(e.origin())) {
            problems.put(at + ".origin", "must be online or offline");
        }
        if (e.detail() != null && e.detail().length() > DETAIL_MAX) {
            problems.put(at + ".detail", "must be at most " + DETAIL_MAX + " characters");
        }
        if (e.recordId() != null && e.recordId() <= 0) {
            problems.put(at + ".recordId", "must be a positive record id");
        }
        if (e.listId() != null && e.listId() <= 0) {
            problems.put(at + ".listId", "must be a positive list id");
        }
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
