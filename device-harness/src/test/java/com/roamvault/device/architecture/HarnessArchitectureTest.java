package com.roamvault.device.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The QA harness drives phones and the server from outside: headless, and through the wire
 * contract only (a server in process comes through LocalServer, never the server's classes).
 */
class HarnessArchitectureTest {
    private static final String[] HARNESS = {
        "com.roamvault.device.scenario..", "com.roamvault.device.fleet..", "com.roamvault.device.guided.."};

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(HARNESS);

    @Test
    void theHarnessIsHeadless() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void theHarnessNeverUsesTheServersClasses() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.roamvault.server..").check(classes);
    }

    @Test
    void theHarnessKnowsNothingOfThePhoneUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.roamvault.device.ui..", "com.roamvault.device.cli..")
                .check(classes);
    }

    /** HTTP goes through the typed client; OkHttp stays in the engine's net package (hook, MITM, pool). */
    @Test
    void theHarnessNeverUsesOkHttp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("okhttp3..").check(classes);
    }

    /** The untyped admin API is retired: administrators are the typed client's AdminClient. */
    @Test
    void theUntypedAdminApiIsGone() {
        noClasses().should().haveFullyQualifiedName("com.roamvault.device.scenario.AdminApi").check(classes);
    }

    @Test
    void harnessPackagesHaveNoCycles() {
        slices().matching("com.roamvault.device.(*)..").should().beFreeOfCycles().check(classes);
    }
}
