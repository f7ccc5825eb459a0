package com.roamvault.device.fleet;

import java.util.Arrays;

/**
 * The latencies of one kind of call, kept as raw samples (a fleet makes a few thousand calls, so
 * exact percentiles cost nothing) and failures counted beside them.
 */
public final class LatencyStats {
    private long[] nanos = new long[256];
    private int count;
    private int failures;

    public synchronized void record(long elapsedNanos, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
        if (!ok) {
            failures++;
        }
    }

    public synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, failures, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? 0 : ms(sorted[count - 1]), count == 0 ? 0 : ms(Arrays.stream(sorted).sum()) / count);
    }

    /** Nearest-rank percentile in milliseconds (0 when there are no samples). */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return ms(sorted[Math.max(0, rank - 1)]);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Counts and latencies in milliseconds. */
    public record Summary(int count, int failures, double p50, double p95, double p99, double max, double mean) {
    }
}
