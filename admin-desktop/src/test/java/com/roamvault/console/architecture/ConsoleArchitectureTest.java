package com.roamvault.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The console talks to servers only through the shared client ({@code client/}): it has no HTTP or
 * TLS code of its own, touches none of the server's or the phone's classes, and its ViewModels
 * touch no nodes.
 */
class ConsoleArchitectureTest {
    /** Its own HTTP or TLS would be a second pin check and a second error mapping to keep in step. */
    static final ArchRule NO_OWN_HTTP_STACK = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "javax.net.ssl..", "java.net.http..")
            .because("every server call goes through com.roamvault.client, which owns the pin and the errors");

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.console");

    @Test
    void allHttpGoesThroughTheSharedClient() {
        NO_OWN_HTTP_STACK.check(classes);
    }

    @Test
    void theHttpRuleFailsForOkHttpTlsAndTheJdkClient() {
        for (Class<?> breaking : new Class<?>[] {OwnHttpStackFixtures.UsesOkHttp.class,
                OwnHttpStackFixtures.UsesJavaxNetSsl.class, OwnHttpStackFixtures.UsesJavaNetHttp.class}) {
            assertThat(NO_OWN_HTTP_STACK.evaluate(new ClassFileImporter().importClasses(breaking)).hasViolation())
                    .as(breaking.getSimpleName()).isTrue();
        }
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
