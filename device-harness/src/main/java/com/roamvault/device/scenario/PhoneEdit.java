package com.roamvault.device.scenario;

import com.roamvault.protocol.mobile.RecordChanges;
import java.util.Map;
import java.util.Set;

/** The {@code set:} of an {@code edit} step as the phone's changes (SCENARIOS.md: the fields an edit may set). */
final class PhoneEdit {
    static final Set<String> FIELDS = Set.of("title", "username", "password", "url", "notes", "otpUri");

    private PhoneEdit() {
    }

    @SuppressWarnings("unchecked")
    static RecordChanges changes(StepSpec step) {
        if (!(step.args().get("set") instanceof Map<?, ?> raw) || raw.isEmpty()) {
            throw new ScenarioException("Step " + step.number() + ": edit needs set: {FIELD: VALUE, ...}");
        }
        Map<String, Object> set = (Map<String, Object>) raw;
        set.keySet().stream().filter(k -> !FIELDS.contains(k)).findFirst().ifPresent(k -> {
            throw new ScenarioException("Step " + step.number() + ": edit cannot set '" + k + "' (fields: " + FIELDS + ")");
        });
        return new RecordChanges(text(set, "title"), text(set, "username"), text(set, "password"), text(set, "url"),
                text(set, "notes"), text(set, "otpUri"));
    }

    private static String text(Map<String, Object> set, String key) {
        Object v = set.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
