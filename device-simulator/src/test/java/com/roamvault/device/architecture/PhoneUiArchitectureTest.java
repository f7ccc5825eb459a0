package com.roamvault.device.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The phone UI sits on top: the engine and the scenario runner know nothing of JavaFX, and the UI
 * never compiles against the server (an in-process demo server comes through LocalServer).
 */
class PhoneUiArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.device");

    @Test
    void theEngineAndTheScenarioRunnerNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("com.roamvault.device.engine..", "com.roamvault.device.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiDependsOnIt() {
        noClasses().that().resideOutsideOfPackages("com.roamvault.device.ui..", "com.roamvault.device.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.roamvault.device.ui..")
                .check(classes);
    }

    /** The demo server is found at run time through LocalServer; server-stub is a runtime-only dependency. */
    @Test
    void theUiNeverUsesTheServersClasses() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.roamvault.server..")
                .check(classes);
    }

    @Test
    void screenViewModelsDoNotTouchJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void uiFeaturePackagesHaveNoCycles() {
        slices().matching("com.roamvault.device.ui.(pair|login|unlock|password|records|detail|sync|settings|endstate)..")
                .should().beFreeOfCycles().check(classes);
    }
}
