package com.roamvault.device.scenario;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code expect} and {@code expectAudit} checks of SCENARIOS.md; a mismatch names what was expected and seen. */
final class Expectations {
    private static final Set<String> DEVICE_KEYS = Set.of("device", "state", "lockReason", "wipeReason", "records",
            "hasRecord", "lacksRecord", "biometric", "pendingAudit", "leaseDaysLeft", "clipboard", "lastError", "field", "otp", "pendingEdits", "conflicts");

    private final ScenarioWorld world;

    Expectations(ScenarioWorld world) {
        this.world = world;
    }

    String device(StepSpec step) {
        Map<String, Object> args = step.args();
        args.keySet().stream().filter(k -> !DEVICE_KEYS.contains(k)).findFirst().ifPresent(k -> {
            throw new ScenarioException("expect: unknown check '" + k + "' (known: " + DEVICE_KEYS + ")");
        });
        Device device = world.device(step.require("device"));
        String lastErrorBefore = device.snapshot().lastError();
        try {
            device.tick();
        } catch (DeviceException e) {
            // a tampered cache shows itself when opened; the checks below read what the phone shows
        }
        DeviceSnapshot s = device.snapshot();
        List<String> problems = new ArrayList<>();
        Map<String, Object> seen = new LinkedHashMap<>();
        check(problems, seen, args, "state", s.lifecycle().name());
        check(problems, seen, args, "lockReason", s.lockReason() == null ? "none" : s.lockReason().code());
        check(problems, seen, args, "wipeReason", s.wipeReason() == null ? "none" : s.wipeReason().code());
        check(problems, seen, args, "biometric", s.biometric().name());
        check(problems, seen, args, "lastError", lastErrorBefore == null ? "none" : lastErrorBefore);
        compare(problems, seen, args, "records", s.records());
        compare(problems, seen, args, "pendingAudit", s.pendingAudit());
        compare(problems, seen, args, "pendingEdits", s.pendingEdits());
        compare(problems, seen, args, "conflicts", s.conflicts());
        if (args.containsKey("field")) {
            new RecordExpectations(world).field(device, args.get("field"), problems);
        }
        if (args.containsKey("otp")) {
            new RecordExpectations(world).otp(device, args.get("otp"), problems);
        }
        if (args.containsKey("leaseDaysLeft")) {
            Double days = s.leaseDaysLeft();
            if (days == null) {
                problems.add("leaseDaysLeft: expected " + args.get("leaseDaysLeft") + ", but the phone has no cache");
            } else {
                compare(problems, seen, args, "leaseDaysLeft", days);
            }
        }
        if (args.containsKey("hasRecord") || args.containsKey("lacksRecord")) {
            List<String> titles = titles(device);
            if (args.containsKey("hasRecord") && !titles.contains(String.valueOf(args.get("hasRecord")))) {
                problems.add("hasRecord: '" + args.get("hasRecord") + "' is not on the phone");
            }
            if (args.containsKey("lacksRecord") && titles.contains(String.valueOf(args.get("lacksRecord")))) {
                problems.add("lacksRecord: '" + args.get("lacksRecord") + "' is still on the phone");
            }
        }
        if (args.containsKey("clipboard")) {
            String want = String.valueOf(args.get("clipboard"));
            Optional<String> text = device.clipboardText();
            String seenTitle = s.clipboardTitle();
            seen.put("clipboard", text.isEmpty() ? "empty" : seenTitle);
            if (want.equals("empty") ? text.isPresent() : !want.equals(seenTitle)) {
                problems.add("clipboard: expected " + want + ", saw " + (text.isEmpty() ? "empty" : seenTitle));
            }
        }
        if (!problems.isEmpty()) {
            throw new ExpectationFailed(String.join("; ", problems));
        }
        return "saw " + seen;
    }

    String audit(StepSpec step) {
        Map<String, Object> args = step.args();
        Map<String, String> filters = new LinkedHashMap<>();
        for (String key : List.of("user", "action", "origin", "platform")) {
            if (args.containsKey(key)) {
                filters.put(key, String.valueOf(args.get(key)));
            }
        }
        if (filters.isEmpty()) {
            throw new ScenarioException("expectAudit needs at least one of user, action, origin, platform");
        }
        String detail = args.containsKey("detail") ? String.valueOf(args.get("detail")) : null;
        AuditFilter filter = AuditFilter.of(filters);
        long count = AdminCall.run("audit", () -> world.admin().audit().all(filter)).stream()
                .filter(e -> detail == null || detailMatches(e, detail)).count();
        Object want = args.getOrDefault("count", ">= 1");
        if (!Comparison.parse(want).test(count)) {
            throw new ExpectationFailed("audit " + filters + (detail == null ? "" : " detail=" + detail)
                    + ": expected count " + want + ", saw " + count);
        }
        return "saw " + count + " event(s)";
    }

    private static boolean detailMatches(AuditEvent event, String detail) {
        String d = event.detail() == null ? "" : event.detail();
        return d.equals(detail) || d.contains(detail);
    }

    private static List<String> titles(Device device) {
        try {
            return device.records().stream().map(RecordDto::title).toList();
        } catch (DeviceException e) {
            throw new ExpectationFailed("hasRecord/lacksRecord: the phone's records cannot be read (" + e.code() + ")");
        }
    }

    private static void check(List<String> problems, Map<String, Object> seen, Map<String, Object> args, String key,
                              String actual) {
        if (args.containsKey(key)) {
            seen.put(key, actual);
            if (!String.valueOf(args.get(key)).equalsIgnoreCase(actual)) {
                problems.add(key + ": expected " + args.get(key) + ", saw " + actual);
            }
        }
    }

    private static void compare(List<String> problems, Map<String, Object> seen, Map<String, Object> args, String key,
                                double actual) {
        if (args.containsKey(key)) {
            seen.put(key, actual == Math.rint(actual) ? Long.toString((long) actual) : String.format("%.2f", actual));
            if (!Comparison.parse(args.get(key)).test(actual)) {
                problems.add(key + ": expected " + args.get(key) + ", saw " + seen.get(key));
            }
        }
    }
}
