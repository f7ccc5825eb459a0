package com.roamvault.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every attack against the real programs and prints one table. {@code ./roamvault test} runs it
 * seeded and bounded; {@code ./roamvault attack} at full size. Each attack is its own test, so a
 * defence that fails names itself, and the table still shows all the others.
 */
class AttackSuiteTest {
    /** Every attack of the suite, in the order of the table. */
    private static final List<Attack> ATTACKS = List.of(
            new com.roamvault.attack.fuzz.HostileRequests(),
            new com.roamvault.attack.races.LoginRaces(),
            new com.roamvault.attack.crashes.PhoneCrashes(),
            new com.roamvault.attack.crashes.ServerCrashDuringUpload(),
            new com.roamvault.attack.tampering.FileTampering(),
            new com.roamvault.attack.pinning.PinnedConnections(),
            new com.roamvault.attack.atrest.StolenDataFolders());

    private static final AttackScale SCALE = AttackScale.fromSystemProperties();
    private static final List<AttackRow> ROWS = Collections.synchronizedList(new ArrayList<>());

    @TestFactory
    Stream<DynamicTest> everyAttackIsDefeated() {
        return ATTACKS.stream().filter(SCALE::includes).map(attack -> DynamicTest.dynamicTest(attack.category() + ": "
                + attack.getClass().getSimpleName(), () -> {
            List<AttackRow> rows = attack.run(SCALE);
            ROWS.addAll(rows);
            assertThat(rows).as("what %s tried", attack.getClass().getSimpleName()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.failures()).as(r.tried() + ": " + r.detail()).isZero());
        }));
    }

    @AfterAll
    static void printTheTable() {
        System.out.println(AttackTable.render(ROWS, SCALE));
    }
}
