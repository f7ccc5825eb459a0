package com.roamvault.attack;

import java.util.List;

/**
 * One family of attacks against the real programs (fuzz, races, crashes, tampering, pinning).
 * It reports what it tried and how much of it got through; it never throws for a defence that failed,
 * only for an attack it could not carry out.
 */
public interface Attack {
    /** The table's first column: fuzz, races, crashes, tampering, pinning. */
    String category();

    List<AttackRow> run(AttackScale scale) throws Exception;
}
