package com.roamvault.device.architecture;

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
 * The phone UI sits on top: the engine and the scenario runner know nothing of JavaFX, and the UI
 * never compiles against the server (an in-process demo server comes through LocalServer). Neither
 * its packages nor its files depend on each other in a circle.
 */
class PhoneUiArchitectureTest {
    private static final JavaClasses classes = new ClassFileImporter()
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

    /**
     * The demo server is found at run time through LocalServer; server-stub is a runtime-only dependency.
     * The harness's test support (a relay playing a rogue App Server) is test code, not the UI's.
     */
    @Test
    void theUiNeverUsesTheServersClasses() {
        noClasses().that().resideOutsideOfPackage("com.roamvault.device.support..")
                .should().dependOnClassesThat().resideInAPackage("com.roamvault.server..")
                .check(classes);
    }

    /** HTTP is the typed client's: OkHttp only behind the engine's network hook, MITM and shared pool. */
    @Test
    void onlyTheEnginesNetPackageUsesOkHttp() {
        noClasses().that().resideOutsideOfPackage("com.roamvault.device.engine.net..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(classes);
    }

    /** The untyped admin API is retired: the simulator's administrator is the typed AdminClient. */
    @Test
    void theUntypedAdminApiIsGone() {
        noClasses().should().haveFullyQualifiedName("com.roamvault.device.scenario.AdminApi").check(classes);
    }

    @Test
    void screenViewModelsDoNotTouchJavaFxNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("com.roamvault.device.ui.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiAndGuidedDemoFilesHaveNoCycles() {
        slices().assignedFrom(filesIn("com.roamvault.device.ui", "com.roamvault.device.guided"))
                .should().beFreeOfCycles().check(classes);
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
