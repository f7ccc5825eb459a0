package com.roamvault.device.scenario;

import com.roamvault.device.engine.error.DeviceException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays scenario files headless: a readable line per step, a verdict per scenario. A step passes
 * when it succeeds; with {@code expectError} only when it fails with that code; with
 * {@code mayFail} whatever happens. The first failed step ends its scenario.
 */
public final class ScenarioRunner {
    private final RunOptions options;
    private final PrintStream log;
    private final ScenarioListener listener;

    public ScenarioRunner(RunOptions options, PrintStream log) {
        this(options, log, ScenarioListener.NONE);
    }

    /** A runner that also tells {@code listener} about each scenario and step (the UI watches runs so). */
    public ScenarioRunner(RunOptions options, PrintStream log, ScenarioListener listener) {
        this.options = options;
        this.log = log;
        this.listener = listener;
    }

    public List<ScenarioResult> runFile(Path file) {
        List<ScenarioResult> results = new ArrayList<>();
        List<ScenarioSpec> specs;
        try {
            specs = ScenarioFile.read(file);
        } catch (ScenarioException e) {
            log.println("✗ " + file + ": " + e.getMessage());
            results.add(new ScenarioResult(file.toString(), file.getFileName().toString(), List.of(), e.getMessage(),
                    Duration.ZERO));
            return results;
        }
        int index = 0;
        for (ScenarioSpec spec : specs) {
            results.add(run(file.getFileName().toString(), spec, ++index));
        }
        return results;
    }

    public ScenarioResult run(String file, ScenarioSpec spec, int index) {
        long start = System.nanoTime();
        log.println();
        log.println("Scenario: " + spec.name() + "  (" + file + ")");
        List<ScenarioResult.StepOutcome> outcomes = new ArrayList<>();
        String failure = null;
        Path dir = scenarioDir(file, index);
        try (ScenarioWorld world = ScenarioWorld.open(spec, options, dir)) {
            Steps steps = new Steps(world);
            listener.scenarioStarted(spec.name(), java.util.Collections.unmodifiableMap(world.devices()));
            for (StepSpec step : spec.steps()) {
                listener.stepStarted(step);
                ScenarioResult.StepOutcome outcome = play(steps, step);
                outcomes.add(outcome);
                listener.stepFinished(outcome);
                log.printf("  %s %2d %s%s (%d ms)%n", outcome.ok() ? "✓" : "✗", step.number(), outcome.description(),
                        outcome.note() == null ? "" : " — " + outcome.note(), outcome.took().toMillis());
                if (!outcome.ok()) {
                    failure = "step " + step.number() + " (" + outcome.description() + "): " + outcome.note();
                    break;
                }
            }
        } catch (RuntimeException e) {
            failure = "setting up the scenario failed: " + e.getMessage();
            log.println("  ✗ " + failure);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.printf("%s %s (%d steps, %.1f s)%n", failure == null ? "PASSED" : "FAILED", spec.name(), outcomes.size(),
                took.toMillis() / 1000.0);
        ScenarioResult result = new ScenarioResult(file, spec.name(), outcomes, failure, took);
        listener.scenarioFinished(result);
        return result;
    }

    private ScenarioResult.StepOutcome play(Steps steps, StepSpec step) {
        long start = System.nanoTime();
        String code = null;
        String message = null;
        String note = null;
        try {
            note = steps.play(step);
        } catch (DeviceException e) {
            code = e.code();
            message = e.getMessage();
        } catch (ExpectationFailed e) {
            return outcome(step, false, e.getMessage(), start);
        } catch (ScenarioException e) {
            if (e.code() == null) {
                return outcome(step, false, e.getMessage(), start);
            }
            code = e.code();
            message = e.getMessage();
        } catch (IllegalArgumentException e) {
            return outcome(step, false, "bad step: " + e.getMessage(), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(step, false, "interrupted", start);
        }
        if (step.mayFail()) {
            return outcome(step, true, code == null ? note : "failed as allowed: " + code, start);
        }
        if (step.expectError() != null) {
            if (code == null) {
                return outcome(step, false, "expected error " + step.expectError() + ", but the step succeeded", start);
            }
            return outcome(step, code.equals(step.expectError()),
                    code.equals(step.expectError()) ? "failed as expected: " + code
                            : "expected error " + step.expectError() + ", saw " + code + " (" + message + ")", start);
        }
        return code == null ? outcome(step, true, note, start) : outcome(step, false, code + ": " + message, start);
    }

    private static ScenarioResult.StepOutcome outcome(StepSpec step, boolean ok, String note, long start) {
        return new ScenarioResult.StepOutcome(step.number(), step.describe(), ok, note,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private Path scenarioDir(String file, int index) {
        try {
            String slug = file.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + index;
            Path dir = options.dataDir().resolve(slug);
            for (int n = 2; Files.exists(dir); n++) {
                dir = options.dataDir().resolve(slug + "-" + n);
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
