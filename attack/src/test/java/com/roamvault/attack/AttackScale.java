package com.roamvault.attack;

import java.util.Locale;
import java.util.Random;

/**
 * How hard to attack: {@code ci} (seeded, bounded, for ./roamvault test) or {@code full}
 * (./roamvault attack). Every attack takes its counts from here, so one switch sizes the whole suite.
 */
public record AttackScale(boolean full, long seed, String only) {
    public static AttackScale fromSystemProperties() {
        String size = System.getProperty("roamvault.attack.size", "ci").strip().toLowerCase(Locale.ROOT);
        if (!size.equals("ci") && !size.equals("full")) {
            throw new IllegalArgumentException("roamvault.attack.size is ci or full, not " + size);
        }
        String seed = System.getProperty("roamvault.attack.seed", "20261207").strip();
        String only = System.getProperty("roamvault.attack.only", "").strip();
        return new AttackScale(size.equals("full"), seed.isEmpty() ? 20261207L : Long.parseLong(seed), only);
    }

    /** With {@code --only NAME}, just the attacks of that category or class (e.g. crashes, HostileRequests). */
    public boolean includes(Attack attack) {
        return only.isEmpty() || only.equalsIgnoreCase(attack.category())
                || only.equalsIgnoreCase(attack.getClass().getSimpleName());
    }

    /** ciCount in CI, fullCount at full size. */
    public int count(int ciCount, int fullCount) {
        return full ? fullCount : ciCount;
    }

    /** A random source of its own for each attack, so one attack's draws do not shift another's. */
    public Random random(String attack) {
        return new Random(seed ^ attack.hashCode());
    }

    public String describe() {
        return (full ? "full" : "ci") + " size, seed " + seed + (only.isEmpty() ? "" : ", only " + only);
    }
}
