package com.roamvault.launcher.local;

import java.nio.file.Path;

/**
 * How to start a {@link LocalServer}: where it keeps its embedded database, whether it carries the
 * demo organisation (with its well-known demo admin password) or starts empty (with a random
 * admin password), whether QA may move its clock, whether password hashing is cheap (tests only), and
 * how soon it closes an idle connection (the server's default unless a test shortens it).
 */
public final class LocalServerOptions {
    private final Path dataDir;
    private final boolean demo;
    private final boolean adjustableClock;
    private final boolean cheapHashing;
    private final long idleTimeoutMillis;

    private LocalServerOptions(Path dataDir, boolean demo, boolean adjustableClock, boolean cheapHashing,
                               long idleTimeoutMillis) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.adjustableClock = adjustableClock;
        this.cheapHashing = cheapHashing;
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    public static LocalServerOptions empty(Path dataDir) {
        return new LocalServerOptions(dataDir, false, false, false, 0);
    }

    public static LocalServerOptions demo(Path dataDir) {
        return new LocalServerOptions(dataDir, true, false, false, 0);
    }

    public LocalServerOptions withAdjustableClock() {
        return new LocalServerOptions(dataDir, demo, true, cheapHashing, idleTimeoutMillis);
    }

    /** Fast, weak hashing: for tests that start many servers, never for a demo people log in to. */
    public LocalServerOptions withCheapHashingForTests() {
        return new LocalServerOptions(dataDir, demo, adjustableClock, true, idleTimeoutMillis);
    }

    /** Closes idle connections after {@code millis} instead of the server's default: for tests that pause past it. */
    public LocalServerOptions withIdleTimeoutForTests(long millis) {
        return new LocalServerOptions(dataDir, demo, adjustableClock, cheapHashing, millis);
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean demo() {
        return demo;
    }

    public boolean adjustableClock() {
        return adjustableClock;
    }

    public boolean cheapHashing() {
        return cheapHashing;
    }

    /** 0 for the server's default. */
    public long idleTimeoutMillis() {
        return idleTimeoutMillis;
    }
}
