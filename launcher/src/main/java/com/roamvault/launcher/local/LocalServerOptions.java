package com.roamvault.launcher.local;

import java.nio.file.Path;

/**
 * How to start a {@link LocalServer}: where it keeps its embedded database, whether it carries the
 * demo organisation (with its well-known demo admin password) or starts empty (with a random
 * admin password), whether QA may move its clock, and whether password hashing is cheap (tests only).
 */
public final class LocalServerOptions {
    private final Path dataDir;
    private final boolean demo;
    private final boolean adjustableClock;
    private final boolean cheapHashing;

    private LocalServerOptions(Path dataDir, boolean demo, boolean adjustableClock, boolean cheapHashing) {
        this.dataDir = dataDir;
        this.demo = demo;
        this.adjustableClock = adjustableClock;
        this.cheapHashing = cheapHashing;
    }

    public static LocalServerOptions empty(Path dataDir) {
        return new LocalServerOptions(dataDir, false, false, false);
    }

    public static LocalServerOptions demo(Path dataDir) {
        return new LocalServerOptions(dataDir, true, false, false);
    }

    public LocalServerOptions withAdjustableClock() {
        return new LocalServerOptions(dataDir, demo, true, cheapHashing);
    }

    /** Fast, weak hashing: for tests that start many servers, never for a demo people log in to. */
    public LocalServerOptions withCheapHashingForTests() {
        return new LocalServerOptions(dataDir, demo, adjustableClock, true);
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
}
