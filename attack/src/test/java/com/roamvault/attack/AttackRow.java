package com.roamvault.attack;

/**
 * One line of the table: what was tried, how many times, how many got through (0 is a defence that
 * held), and in a few words what a failure was or what was measured.
 */
public record AttackRow(String category, String tried, long attempts, long failures, String detail) {
    public static AttackRow of(String category, String tried, long attempts, long failures, String detail) {
        return new AttackRow(category, tried, attempts, failures, detail);
    }

    public boolean held() {
        return failures == 0;
    }
}
