package com.roamvault.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The console talks to servers only over HTTP through its client: the client knows nothing of
 * JavaFX, no console class touches the server's or the phone's classes, ViewModels touch no nodes.
 */
class ConsoleArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.console");

    @Test
    void theClientNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("com.roamvault.console.client..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void theConsoleNeverUsesServerOrPhoneClasses() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.roamvault.server..", "com.roamvault.device..")
                .check(classes);
    }

    @Test
    void screenViewModelsDoNotTouchJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void screenPackagesHaveNoCycles() {
        slices().matching("com.roamvault.console.(connect|settings|devices|audit|users)..").should().beFreeOfCycles().check(classes);
    }
}
