package com.roamvault.device.fleet;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints a fleet run's figures as a plain-text report (also what goes in a benchmark note). */
public final class FleetReport {
    private static final int EXAMPLES = 5;

    private FleetReport() {
    }

    public static void print(FleetResult r, PrintWriter out) {
        FleetOptions o = r.options();
        double wallS = r.wall().toNanos() / 1e9;
        out.println();
        out.println("== Roamvault fleet report ==");
        out.printf("server      %s%n", r.server());
        out.printf("phones      %d, %d at a time; %d offline actions each; seed %d%n", o.devices(), o.concurrency(),
                o.offlineActions(), o.seed());
        out.printf("phone KDF   %s%n", o.kdfLabel());
        out.printf("setup       %.1f s: %d users (%d created, %d reset), \"%s\" with %d records (not measured)%n",
                r.setup().took().toMillis() / 1000.0, r.setup().accounts().size(), r.setup().created(),
                r.setup().reset(), FleetSetup.LIST_NAME, r.setup().records());
        out.printf("machine     %d cores; load average %.2f at start, %.2f peak, %.2f at end%n", r.load().cores(),
                r.load().atStart(), r.load().peak(), r.load().atEnd());
        out.println();
        out.printf("measured    %.1f s wall; %.2f phones/s; %.1f server calls/s%n", wallS, o.devices() / wallS,
                r.totalCalls() / wallS);
        out.printf("%-14s %7s %7s %9s %9s %9s %9s %9s%n", "call", "count", "errors", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "mean ms");
        r.calls().forEach((type, s) -> out.printf("%-14s %7d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n", type, s.count(),
                s.failures(), s.p50(), s.p95(), s.p99(), s.max(), s.mean()));
        printPhoneTime(r, out);
        out.println();
        printErrors(r, out);
        printAudit(r, out);
        out.println(r.passed() ? "RESULT      PASS" : "RESULT      FAIL");
    }

    private static void printPhoneTime(FleetResult r, PrintWriter out) {
        long[] walls = r.phones().stream().mapToLong(PhoneOutcome::wallNanos).sorted().toArray();
        long wall = r.phones().stream().mapToLong(PhoneOutcome::wallNanos).sum();
        long network = r.phones().stream().mapToLong(PhoneOutcome::networkNanos).sum();
        long cpu = r.phones().stream().mapToLong(PhoneOutcome::cpuNanos).sum();
        out.printf("per phone   p50 %.2f s, p95 %.2f s, max %.2f s from pairing to last sync%n",
                LatencyStats.percentile(walls, 50) / 1000, LatencyStats.percentile(walls, 95) / 1000,
                LatencyStats.percentile(walls, 100) / 1000);
        if (wall > 0) {
            out.printf("phone time  %.0f%% waiting on the server, %.0f%% on the phone (Argon2id KDF, cache crypto, "
                    + "files)%n", 100.0 * network / wall, 100.0 * (wall - network) / wall);
        }
        if (r.processCpuNanos() > 0) {
            out.printf("CPU         %.1f s in phone threads (their KDF, TLS, JSON) of %.1f s for the whole process"
                    + "%s%n", cpu / 1e9, r.processCpuNanos() / 1e9,
                    r.server().contains("embedded") ? " (the embedded server included)" : "");
        }
    }

    private static void printErrors(FleetResult r, PrintWriter out) {
        List<PhoneError> errors = r.errors();
        if (errors.isEmpty() && r.failedCalls() == 0) {
            out.println("errors      none");
            return;
        }
        out.printf("errors      %d phone(s) failed; %d call(s) failed%n", errors.size(), r.failedCalls());
        out.println("  by code:  " + counts(errors, PhoneError::code));
        out.println("  by step:  " + counts(errors, PhoneError::step));
        errors.stream().limit(EXAMPLES).forEach(e -> out.printf("  e.g. %s at %s: %s — %s%n", e.phone(), e.step(),
                e.code(), e.message()));
    }

    private static void printAudit(FleetResult r, PrintWriter out) {
        AuditVerdict a = r.audit();
        if (a == null) {
            out.println("audit       NOT CHECKED: " + r.auditFailure());
            return;
        }
        out.printf("audit       expected %d, server has %d, lost %d, doubled %d%n", a.expected(), a.onServer(),
                a.lost(), a.doubled());
        out.printf("            of which offline: expected %d, server has %d; still in phones' journals: %d%n",
                a.offlineExpected(), a.offlineOnServer(), a.stillOnPhones());
    }

    private static String counts(List<PhoneError> errors, Function<PhoneError, String> key) {
        Map<String, Long> byKey = errors.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        return byKey.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
