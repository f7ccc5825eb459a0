package com.roamvault.attack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request of the fuzz: sent by the pooled HTTP client ({@code raw == null}) or, when no client would
 * send it, as exactly the bytes of {@code raw} over TLS.
 */
record HostileRequest(String batch, String kind, String method, String path, Map<String, String> headers, byte[] body,
                      byte[] raw) {
    static HostileRequest http(String batch, String kind, String method, String path, Map<String, String> headers,
                               byte[] body) {
        return new HostileRequest(batch, kind, method, path, headers, body, null);
    }

    static HostileRequest raw(String batch, String kind, String path, byte[] raw) {
        return new HostileRequest(batch, kind, "RAW", path, Map.of(), null, raw);
    }

    /** Everything the attacker sent, as text: an answer that only echoes it leaks nothing. */
    String sentText() {
        if (raw != null) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(method).append(' ').append(path).append('\n');
        headers.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        if (body != null) {
            text.append(new String(body, StandardCharsets.UTF_8)).append(new String(body, StandardCharsets.ISO_8859_1));
        }
        return text.toString();
    }
}
