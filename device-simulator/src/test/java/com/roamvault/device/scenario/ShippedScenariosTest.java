package com.roamvault.device.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped in device-simulator/scenarios passes, played exactly as the CLI plays it (real KDF). */
class ShippedScenariosTest {
    private static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("shipped scenarios").hasSizeGreaterThanOrEqualTo(12);
        Path data = Files.createTempDirectory("rv-shipped");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            ScenarioRunner runner = new ScenarioRunner(new RunOptions(data, new Argon2Kdf(), null, null, null, null),
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            List<ScenarioResult> results = runner.runFile(file);
            String text = log.toString(StandardCharsets.UTF_8);
            System.out.println(text);
            assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.passed()).as(text).isTrue());
        }));
    }
}
