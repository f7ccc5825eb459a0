package com.roamvault.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The server's domain never sees HTTP: only route classes (and a feature's own error mapping,
 * {@code *Errors}), the http package and the bootstraps (the server, the DMZ App Server) use Javalin.
 */
class ServerArchitectureTest {
    private static final JavaClasses server = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.roamvault.server");

    @Test
    void onlyRoutesAndTheHttpLayerTouchJavalin() {
        noClasses().that().haveNameNotMatching(".*(Routes|Errors)(\\$.*)?")
                .and().resideOutsideOfPackage("com.roamvault.server.http..")
                .and().doNotHaveSimpleName("RoamvaultServer").and().doNotHaveSimpleName("AppServer")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(server);
    }

    @Test
    void servicesDoNotCallRoutes() {
        noClasses().that().haveSimpleNameNotEndingWith("Routes").and().doNotHaveSimpleName("RoamvaultServer")
                .and().doNotHaveSimpleName("ServerWiring")
                .and().doNotHaveSimpleName("AppServer")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Routes")
                .check(server);
    }

    @Test
    void nothingUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(server);
    }
}
