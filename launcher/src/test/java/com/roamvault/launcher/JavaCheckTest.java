package com.roamvault.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What any Roamvault jar says on a Java that is too old, instead of a stack trace. */
class JavaCheckTest {

    @Test
    void aJavaOlderThan21GetsOneSentenceNamingTheProgramAndTheJavaInUse() {
        assertThat(JavaCheck.tooOld("roamvault-server", "17", "/usr/lib/jvm/java-17"))
                .startsWith("roamvault-server: Java 21 or newer is needed, and this is Java 17 (/usr/lib/jvm/java-17)")
                .contains("./roamvault");
        assertThat(JavaCheck.tooOld("roamvault-device", "1.8", "/opt/jre8")).contains("this is Java 1.8");
    }

    @Test
    void java21AndNewerPassAndAnUnknownSchemeIsLeftToTheJvm() {
        assertThat(JavaCheck.tooOld("roamvault-console", "21", "/jdk")).isNull();
        assertThat(JavaCheck.tooOld("roamvault-console", "25", "/jdk")).isNull();
        assertThat(JavaCheck.tooOld("roamvault-console", "banana", "/jdk")).isNull();
    }

    /** The real thing: this class, as built, run by an old Java (the machine's default Java is often 17). */
    @Test
    void anOldJavaRunningTheBuiltClassPrintsTheSentenceAndExits1() throws Exception {
        Path oldJava = oldJava();
        Assumptions.assumeTrue(oldJava != null, "no Java older than 21 installed under /usr/lib/jvm");
        Path classes = Path.of(JavaCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process run = new ProcessBuilder(oldJava.toString(), "-cp", classes.toString(), JavaCheck.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(output).contains("Java 21 or newer is needed, and this is Java 1")
                .doesNotContain("UnsupportedClassVersionError").doesNotContain("at ");
    }

    private static Path oldJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> all = Files.list(jvms)) {
            return all.map(home -> home.resolve("bin").resolve("java")).filter(Files::isExecutable)
                    .filter(java -> java.toString().matches(".*(java-(1[1-9]|8)|openjdk-(1[1-9]|8)|jdk-?(1[1-9]|8)[^0-9]).*"))
                    .findFirst().orElse(null);
        }
    }
}
