package com.roamvault.device.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is headless (no JavaFX); its local security core (clock, keystore, biometric, cache,
 * journal, state, crypto, storage, error) does no networking and its packages do not depend on each
 * other in circles. OkHttp stays inside {@code engine.net}.
 */
class EngineSecurityCoreArchitectureTest {
    private static final String[] SECURITY_CORE = {
        "com.roamvault.device.engine.clock..", "com.roamvault.device.engine.keystore..",
        "com.roamvault.device.engine.biometric..", "com.roamvault.device.engine.cache..",
        "com.roamvault.device.engine.journal..", "com.roamvault.device.engine.state..",
        "com.roamvault.device.engine.crypto..", "com.roamvault.device.engine.storage..",
        "com.roamvault.device.engine.error.."};

    private static final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.device.engine");

    @Test
    void theEngineNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(engine);
    }

    @Test
    void theSecurityCoreDoesNoNetworking() {
        noClasses().that().resideInAnyPackage(SECURITY_CORE)
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..", "java.net..")
                .check(engine);
    }

    /** HTTP is the typed client's; only the network hook and the man-in-the-middle touch OkHttp. */
    @Test
    void onlyTheNetPackageUsesOkHttp() {
        noClasses().that().resideOutsideOfPackage("com.roamvault.device.engine.net..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(engine);
    }

    @Test
    void securityCorePackagesHaveNoCycles() {
        slices().matching("com.roamvault.device.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    /** The root package assembles the engine; its parts must not reach back into it. */
    @Test
    void thePartsDoNotDependOnTheEnginesRootPackage() {
        noClasses().that().resideInAnyPackage(SECURITY_CORE)
                .should().dependOnClassesThat().resideInAPackage("com.roamvault.device.engine")
                .check(engine);
    }
}
