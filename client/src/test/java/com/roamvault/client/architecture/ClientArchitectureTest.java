package com.roamvault.client.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client is for every Java caller, UIs and headless tools alike: no UI toolkit, no server classes. */
@AnalyzeClasses(packages = "com.roamvault.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule noServer = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.roamvault.server..", "io.javalin..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule noOtherRoamvaultModule = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.roamvault.console..", "com.roamvault.device..", "com.roamvault.demo..");
}
