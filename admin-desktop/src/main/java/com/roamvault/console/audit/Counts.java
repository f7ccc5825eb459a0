package com.roamvault.console.audit;

/** Counts as people read them: 12,345 (grouped the admin's way). */
final class Counts {
    private Counts() {
    }

    static String of(long count) {
        return String.format("%,d", count);
    }
}
