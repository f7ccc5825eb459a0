package com.roamvault.device.fleet;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A line every so often during a long run (phones done, errors, calls, load average), and the
 * machine's load seen over the run: the box may be shared, so the figures need their context.
 */
final class Progress {
    private static final long SAMPLE_SECONDS = 5;

    private final PrintWriter out;
    private final int devices;
    private final CallTimer timer;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fleet-progress").daemon(true).factory());
    private final long started = System.nanoTime();
    private final double atStart;
    private volatile double peak;

    Progress(PrintWriter out, int devices, CallTimer timer, Duration every) {
        this.out = out;
        this.devices = devices;
        this.timer = timer;
        this.atStart = loadAverage();
        this.peak = atStart;
        long printEvery = Math.max(1, every.toSeconds() / SAMPLE_SECONDS);
        AtomicInteger ticks = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            double load = loadAverage();
            peak = Math.max(peak, load);
            if (ticks.incrementAndGet() % printEvery == 0) {
                print(load);
            }
        }, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
    }

    PhoneOutcome finished(PhoneOutcome outcome) {
        done.incrementAndGet();
        if (!outcome.passed()) {
            failed.incrementAndGet();
        }
        return outcome;
    }

    void stop() {
        ticker.shutdownNow();
    }

    FleetResult.Load load() {
        double end = loadAverage();
        return new FleetResult.Load(Runtime.getRuntime().availableProcessors(), atStart, Math.max(peak, end), end);
    }

    private void print(double load) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        int calls = timer.summaries().values().stream().mapToInt(LatencyStats.Summary::count).sum();
        out.printf("  [%4d s] %d/%d phones done, %d failed, %d server calls, load %.2f%n", seconds, done.get(),
                devices, failed.get(), calls, load);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
