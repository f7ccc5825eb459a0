package com.roamvault.device.fleet;

import com.roamvault.client.admin.AdminClient;
import com.roamvault.device.engine.DeviceOptions;
import com.roamvault.device.engine.net.PhoneHttp;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a fleet: setup through the admin API (not measured), then every phone's script on a
 * bounded pool of threads sharing one HTTP client (measured), then the audit check.
 */
public final class FleetRunner {
    private static final int SETUP_THREADS = 4;
    /** Phones' events are at least this much younger than the phase start (same clock, some slack). */
    private static final Duration AUDIT_SLACK = Duration.ofMinutes(5);

    private final FleetOptions options;
    private final FleetServer server;
    private final PrintWriter out;
    private final Duration progressEvery;

    public FleetRunner(FleetOptions options, FleetServer server, PrintWriter out) {
        this(options, server, out, Duration.ofSeconds(15));
    }

    FleetRunner(FleetOptions options, FleetServer server, PrintWriter out, Duration progressEvery) {
        this.options = options;
        this.server = server;
        this.out = out;
        this.progressEvery = progressEvery;
    }

    public FleetResult run() {
        out.printf("setup: %d users, list \"%s\" with %d records ...%n", options.devices(), FleetSetup.LIST_NAME,
                options.records());
        FleetSetup.Prepared setup = new FleetSetup(server.admin(), SETUP_THREADS)
                .prepare(options.devices(), options.records());
        out.printf("setup: done in %.1f s (%d users created, %d reset)%n", setup.took().toMillis() / 1000.0,
                setup.created(), setup.reset());

        CallTimer timer = new CallTimer();
        PhoneHttp http = PhoneHttp.pooled(2 * options.concurrency() + 5, timer);
        Progress progress = new Progress(out, options.devices(), timer, progressEvery);
        out.printf("phones: %d, %d at a time ...%n", options.devices(), options.concurrency());
        Instant phaseStart = Instant.now();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<PhoneOutcome> phones;
        try {
            phones = playAll(setup.accounts(), http, progress);
        } finally {
            progress.stop();
            http.shutdown();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long cpu = processCpuNanos() - cpuStart;

        AuditVerdict audit = null;
        String auditFailure = null;
        try {
            AdminClient admin = server.admin(); // a fresh session: the setup's may have expired during a long run
            audit = AuditCheck.check(admin, phones, phaseStart.minus(AUDIT_SLACK));
        } catch (RuntimeException e) {
            auditFailure = e.getMessage();
        }
        return new FleetResult(options, server.describe(), setup, wall, timer.summaries(), phones, audit,
                auditFailure, progress.load(), cpu);
    }

    private List<PhoneOutcome> playAll(List<FleetAccount> accounts, PhoneHttp http, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(),
                Thread.ofPlatform().name("fleet-phone-", 1).daemon(true).factory());
        try {
            List<Future<PhoneOutcome>> futures = new ArrayList<>(accounts.size());
            for (FleetAccount account : accounts) {
                DeviceOptions device = DeviceOptions.named(account.phoneName()).withKdf(options.kdf()).withHttp(http);
                PhoneScript script = new PhoneScript(account,
                        options.phonesDir().resolve("phone-" + account.index()), device, options.offlineActions(),
                        options.seed(), options.offlinePause());
                futures.add(pool.submit(() -> progress.finished(script.call())));
            }
            List<PhoneOutcome> outcomes = new ArrayList<>(accounts.size());
            for (Future<PhoneOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the fleet run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a phone's run crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
