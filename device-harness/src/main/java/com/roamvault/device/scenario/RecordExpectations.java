package com.roamvault.device.scenario;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record checks: {@code expect: field} / {@code otp} (the record as the phone holds it, the
 * code it computes) and {@code expectRecord} (the record in the vault, through the admin API).
 * A secret field that differs is reported without its values.
 */
final class RecordExpectations {
    private static final Set<String> SECRET = Set.of("password", "otpUri", "notes");

    private final ScenarioWorld world;

    RecordExpectations(ScenarioWorld world) {
        this.world = world;
    }

    /** {@code field: {title, FIELD: VALUE, ...}} on the phone. */
    void field(Device device, Object spec, List<String> problems) {
        Map<String, Object> want = map(spec, "field");
        String title = require(want, "title", "field");
        RecordDto r = phoneRecord(device, title, "field");
        Map<String, Object> have = fields(r);
        want.forEach((k, v) -> {
            if (!k.equals("title")) {
                compareField(problems, "field " + title, k, v, have);
            }
        });
    }

    /** {@code otp: {title, at, code}}: the code the phone computes for that instant. */
    void otp(Device device, Object spec, List<String> problems) {
        Map<String, Object> want = map(spec, "otp");
        String title = require(want, "title", "otp");
        String code = require(want, "code", "otp");
        Instant at = instant(require(want, "at", "otp"));
        RecordDto r = phoneRecord(device, title, "otp");
        String seen;
        try {
            seen = device.otp().codeAt(r.recordId(), at).code();
        } catch (DeviceException e) {
            throw new ExpectationFailed("otp: no code for '" + title + "' (" + e.code() + ")");
        }
        if (!seen.equals(code)) {
            problems.add("otp " + title + " at " + at + ": expected " + code + ", saw " + seen);
        }
    }

    /** {@code expectRecord: {list, title, FIELD: VALUE, ..., historyCount}}. */
    String vault(StepSpec step) {
        Map<String, Object> want = new LinkedHashMap<>(step.args());
        String list = require(want, "list", "expectRecord");
        String title = require(want, "title", "expectRecord");
        long listId = AdminCall.run("list lookup", () -> world.admin().lists().find(list)).map(ListDetail::listId)
                .orElseThrow(() -> new ExpectationFailed("expectRecord: no list named '" + list + "'"));
        RecordDetail r = AdminCall.run("record lookup", () -> world.admin().records().find(listId, title))
                .orElseThrow(() -> new ExpectationFailed("expectRecord: no record '" + title + "' in "
                        + list));
        List<String> problems = new java.util.ArrayList<>();
        Map<String, Object> have = fields(r);
        Object historyWant = want.remove("historyCount");
        want.remove("list");
        want.remove("title");
        want.forEach((k, v) -> compareField(problems, "expectRecord " + title, k, v, have));
        String note = "";
        if (historyWant != null) {
            int count = AdminCall.run("history", () -> world.admin().records().history(r.recordId())).size();
            note = "history " + count;
            if (!Comparison.parse(historyWant).test(count)) {
                problems.add("historyCount: expected " + historyWant + ", saw " + count);
            }
        }
        if (!problems.isEmpty()) {
            throw new ExpectationFailed(String.join("; ", problems));
        }
        return "record matches" + (note.isEmpty() ? "" : ", " + note);
    }

    private static void compareField(List<String> problems, String what, String key, Object want,
                                     Map<String, Object> have) {
        if (!have.containsKey(key)) {
            problems.add(what + ": no field '" + key + "' (fields: " + have.keySet() + ")");
            return;
        }
        String seen = String.valueOf(have.get(key));
        if (!seen.equals(String.valueOf(want))) {
            problems.add(SECRET.contains(key) ? what + ": " + key + " differs (values not shown)"
                    : what + ": " + key + " expected " + want + ", saw " + seen);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object record) {
        return Json.mapper().convertValue(record, Map.class);
    }

    private static RecordDto phoneRecord(Device device, String title, String check) {
        try {
            return device.findByTitle(title).orElseThrow(() -> new ExpectationFailed(check
                    + ": no record titled '" + title + "' on the phone"));
        } catch (DeviceException e) {
            throw new ExpectationFailed(check + ": the phone's records cannot be read (" + e.code() + ")");
        }
    }

    /** An ISO-8601 instant, or seconds since the epoch (RFC 6238's test times). */
    static Instant instant(String text) {
        return text.matches("-?\\d+") ? Instant.ofEpochSecond(Long.parseLong(text)) : Instant.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object spec, String check) {
        if (!(spec instanceof Map<?, ?> m)) {
            throw new ScenarioException("expect " + check + ": needs {title, ...}");
        }
        return new LinkedHashMap<>((Map<String, Object>) m);
    }

    private static String require(Map<String, Object> args, String key, String check) {
        Object v = args.get(key);
        if (v == null) {
            throw new ScenarioException(check + " needs '" + key + "'");
        }
        return String.valueOf(v);
    }
}
