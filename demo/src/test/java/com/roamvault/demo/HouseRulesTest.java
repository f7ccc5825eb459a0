package com.roamvault.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the whole house, over every module at once (this module sees them all): no two
 * files depend on each other, directly or round a loop, no main file is over 300 lines, and the
 * wire contract needs nothing but Jackson.
 * Each module's own architecture test states its walls; these are the ones that cross modules.
 */
class HouseRulesTest {
    private static final int MAX_LINES = 300;
    /** Every module's compiled main classes, read from its build folder (the reactor builds them first). */
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter().importPaths(moduleClassFolders());

    @Test
    void everyModuleIsInTheImport() {
        assertThat(MAIN_CLASSES.stream().map(JavaClass::getPackageName).map(HouseRulesTest::module).distinct())
                .contains("server", "console", "device.engine", "device.scenario", "device.ui", "client", "protocol",
                        "ui", "launcher");
    }

    @Test
    void noImportCycleBetweenFiles() {
        slices().assignedFrom(topLevelFiles()).should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void theWireContractNeedsOnlyJackson() {
        // javax.crypto is the JDK's own HMAC, which one-time codes (protocol.otp) need.
        classes().that().resideInAPackage("com.roamvault.protocol..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.roamvault.protocol..", "java..",
                        "javax.crypto..", "com.fasterxml.jackson..")
                .check(MAIN_CLASSES);
    }

    @Test
    void noMainFileIsOver300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(repositoryRoot())) {
            tooLong = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> repositoryRoot().relativize(p) + " (" + lines(p) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("main files over " + MAX_LINES + " lines").isEmpty();
    }

    /** Each top-level class with its nested classes is one file, one slice. */
    private static SliceAssignment topLevelFiles() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getName().replaceFirst("\\$.*", ""));
            }

            @Override
            public String getDescription() {
                return "files";
            }
        };
    }

    private static List<Path> moduleClassFolders() {
        try (Stream<Path> modules = Files.list(repositoryRoot())) {
            return modules.map(m -> m.resolve("target/classes")).filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String module(String packageName) {
        String rest = packageName.replaceFirst("^com\\.roamvault\\.", "");
        String[] parts = rest.split("\\.");
        return parts[0].equals("device") && parts.length > 1 ? "device." + parts[1] : parts[0];
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("demo")) ? here : here.getParent(); // surefire runs in demo/
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
