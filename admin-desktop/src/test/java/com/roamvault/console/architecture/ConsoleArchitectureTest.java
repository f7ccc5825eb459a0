package com.roamvault.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
    void packagesHaveNoCycles() {
        slices().matching("com.roamvault.console.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void filesHaveNoCycles() {
        slices().assignedFrom(filesIn("com.roamvault.console")).should().beFreeOfCycles().check(classes);
    }

    /** Each top-level class (with its nested classes) as one slice, to find cycles between files. */
    private static SliceAssignment filesIn(String... packages) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                for (String p : packages) {
                    if (javaClass.getPackageName().equals(p) || javaClass.getPackageName().startsWith(p + ".")) {
                        return SliceIdentifier.of(javaClass.getName().replaceFirst("\\$.*", ""));
                    }
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "files in " + String.join(", ", packages);
            }
        };
    }
}
