package com.roamvault.device.guided;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.AuditFilter;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the phone did while offline, carried from step to step: the journal before going offline,
 * then each event made offline (by id), and whether they reached the audit history exactly once.
 */
final class OfflineEvents {
    private final Set<String> journalBeforeOffline = new LinkedHashSet<>();
    private final Map<String, String> actionsById = new LinkedHashMap<>();

    /** Remembers what was already in the journal, so only what comes after counts as offline. */
    void wentOffline(List<AuditUploadEvent> journal) {
        journalBeforeOffline.clear();
        journal.forEach(e -> journalBeforeOffline.add(e.id()));
    }

    /** Adds what the journal gained since the phone went offline (each action by its id). */
    void remember(List<AuditUploadEvent> journal) {
        for (AuditUploadEvent e : journal) {
            if (!journalBeforeOffline.contains(e.id()) && "offline".equalsIgnoreCase(e.origin())) {
                actionsById.putIfAbsent(e.id(), e.action());
            }
        }
    }

    int size() {
        return actionsById.size();
    }

    Set<String> ids() {
        return actionsById.keySet();
    }

    Map<String, Long> byAction() {
        return actionsById.values().stream()
                .collect(Collectors.groupingBy(a -> a, LinkedHashMap::new, Collectors.counting()));
    }

    /** Every offline event in {@code username}'s audit history, marked offline, exactly once. */
    StepResult inAuditHistory(AdminClient admin, String username) {
        if (actionsById.isEmpty()) {
            return StepResult.failed("no offline events were made (play the story from the start)");
        }
        Map<String, Integer> copies = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        AuditFilter offline = AuditFilter.ALL.withUser(username).withOrigin("offline");
        for (AuditEvent e : AdminCall.run("audit", () -> admin.audit().all(offline))) {
            String id = String.valueOf(e.id()).toLowerCase(Locale.ROOT);
            copies.merge(id, 1, Integer::sum);
            origins.put(id, String.valueOf(e.origin()));
        }
        List<String> missing = ids().stream().filter(id -> !copies.containsKey(key(id))).toList();
        List<String> doubled = ids().stream().filter(id -> copies.getOrDefault(key(id), 0) > 1).toList();
        List<String> notOffline = ids().stream()
                .filter(id -> copies.containsKey(key(id)) && !"offline".equals(origins.get(key(id)))).toList();
        if (!missing.isEmpty() || !doubled.isEmpty() || !notOffline.isEmpty()) {
            return StepResult.failed(missing.size() + " offline events missing, " + doubled.size()
                    + " recorded more than once, " + notOffline.size() + " not marked offline");
        }
        return StepResult.passed("all " + size() + " offline events are in the audit history, "
                + "marked offline, each exactly once (" + counts(byAction()) + ")");
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    static String counts(Map<String, Long> byAction) {
        return byAction.isEmpty() ? "none" : byAction.entrySet().stream()
                .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "));
    }
}
