package com.roamvault.device.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Keeps passwords out of scenario logs and reports. */
final class Redaction {
    private static final Set<String> SECRET_KEYS = Set.of("master", "password", "current", "new", "masterPassword",
            "otpUri");

    private Redaction() {
    }

    static Object redact(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> shown = new LinkedHashMap<>();
            map.forEach((k, v) -> shown.put(k, SECRET_KEYS.contains(String.valueOf(k)) ? "***" : redact(v)));
            return shown;
        }
        return value;
    }
}
