package com.roamvault.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house plan of the server: routes only parse, call one service and answer, so they (and the
 * http layer under them) never see SQL or the store; and no two feature packages lean on each other
 * in a circle. The composition root ({@code com.roamvault.server} itself) may see everything.
 */
class ServerLayeringTest {
    private static final JavaClasses server = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.server");

    @Test
    void routesAndTheHttpLayerUseNoStore() {
        noClasses().that().haveNameMatching(".*Routes(\\$.*)?")
                .or().resideInAPackage("com.roamvault.server.http..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "com.roamvault.server.store..", "org.jdbi..")
                .check(server);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.roamvault.server.(*)..").should().beFreeOfCycles().check(server);
    }
}
