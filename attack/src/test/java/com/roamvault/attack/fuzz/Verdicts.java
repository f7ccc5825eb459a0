package com.roamvault.attack.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Judges every answer against API.md's promises and counts what got through, per check and per batch. */
final class Verdicts {
    /** What a body must never show unless the attacker sent it first (an echoed field name is no leak). */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "Caused by", "java.", "jakarta.",
            "org.eclipse", "io.javalin", "com.roamvault", "com.fasterxml", "org.h2", "postgresql", "SQL", "SELECT ",
            "<html", "<!DOCTYPE", "<HTML");
    private static final Set<String> CREDENTIAL_FREE = Set.of("unauthenticated", "malformed-http", "wrong-role");
    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong notJson = new AtomicLong();
    final AtomicLong leaks = new AtomicLong();
    final AtomicLong answeredWithoutCredentials = new AtomicLong();
    private final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

    void judge(HostileRequest request, Answer answer) {
        sent.computeIfAbsent(request.batch(), b -> new AtomicLong()).incrementAndGet();
        if (answer.status() >= 500) {
            serverErrors.incrementAndGet();
            example("5xx", request, answer);
        }
        if (answer.status() < 0 || (answer.status() >= 400 && !isErrorJson(request, answer))) {
            notJson.incrementAndGet();
            example("not JSON", request, answer);
        }
        String sentText = request.sentText();
        for (String leak : LEAKS) {
            if (answer.body().contains(leak) && !sentText.contains(leak)) {
                leaks.incrementAndGet();
                example("leak " + leak, request, answer);
                break;
            }
        }
        if (CREDENTIAL_FREE.contains(request.batch()) && answer.status() >= 200 && answer.status() < 400) {
            answeredWithoutCredentials.incrementAndGet();
            example("answered without credentials", request, answer);
        }
    }

    private static boolean isErrorJson(HostileRequest request, Answer answer) {
        if (!answer.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return false;
        }
        if (sentMethod(request).equals("HEAD") && answer.body().isEmpty()) {
            return true; // a HEAD answer has no body (Jetty still writes one when it refuses the request line)
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body != null && body.isObject()) {
                return body.path("error").isTextual() && body.path("message").isTextual()
                        && !body.path("message").asText().isBlank();
            }
            return Endpoint.passwordstateShaped(request.path()) && body != null && body.isArray()
                    && body.path(0).path("errors").isArray();
        } catch (IOException e) {
            return false;
        }
    }

    /** The method on the request line: for raw bytes, their first word (HEAD answers carry no body). */
    private static String sentMethod(HostileRequest request) {
        if (request.raw() == null) {
            return request.method();
        }
        String text = new String(request.raw(), 0, Math.min(16, request.raw().length), java.nio.charset.StandardCharsets.ISO_8859_1);
        int space = text.indexOf(' ');
        return space > 0 ? text.substring(0, space) : text;
    }

    private void example(String what, HostileRequest request, Answer answer) {
        if (examples.size() < 5) {
            String body = answer.body().length() > 160 ? answer.body().substring(0, 160) + "…" : answer.body();
            String path = request.path().length() > 80 ? request.path().substring(0, 80) + "…" : request.path();
            examples.add(what + ": " + request.batch() + "/" + request.kind() + " " + request.method() + " " + path
                    + " -> " + answer.status() + " " + answer.contentType() + " " + body);
        }
    }

    long total() {
        return sent.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long sentWithoutCredentials() {
        return CREDENTIAL_FREE.stream().mapToLong(b -> sent.getOrDefault(b, new AtomicLong()).get()).sum();
    }

    String perBatch() {
        return new java.util.TreeMap<>(sent).toString();
    }

    String examples(String fallback) {
        return examples.isEmpty() ? fallback : String.join(" | ", examples);
    }
}
