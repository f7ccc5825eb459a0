package com.roamvault.device.engine.state;

/** Where a device is in its life (SCENARIOS.md {@code expect: state}). */
public enum Lifecycle {
    /** No pairing code read yet. */
    UNPAIRED,
    /** Paired with a server (URL and pin known), never logged in. */
    PAIRED,
    /** A cache exists and is locked. */
    LOCKED,
    /** The cache (or, with zero offline days, the in-memory records) is open. */
    UNLOCKED,
    /** The cache was wiped; a login online rebuilds it. */
    WIPED
}
