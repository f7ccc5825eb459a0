package com.roamvault.device.ui.scenario;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.scenario.RunOptions;
import com.roamvault.device.scenario.ScenarioListener;
import com.roamvault.device.scenario.ScenarioResult;
import com.roamvault.device.scenario.ScenarioRunner;
import com.roamvault.device.scenario.StepSpec;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.dialog.FileChoice;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays a scenario file with the headless runner and lets people watch: the scenario's phones
 * appear beside the others, each step is listed as it runs, and the run pauses briefly after
 * each step so the phones can be followed.
 */
public final class ScenarioPlayerViewModel {
    public static final FileChoice SCENARIO_FILE = new FileChoice("Run a scenario file", "Scenarios",
            List.of("*.yaml", "*.yml"));

    private final ScenarioPhones phones;
    private final RunOptions options;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No scenario run yet");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final IntegerProperty pauseMillis = new SimpleIntegerProperty(700);

    public ScenarioPlayerViewModel(ScenarioPhones phones, RunOptions options, UiExecutor executor,
                                   DialogService dialogs) {
        this.phones = phones;
        this.options = options;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void chooseAndRun() {
        dialogs.chooseFile(SCENARIO_FILE).ifPresent(this::run);
    }

    public void run(Path file) {
        if (running.get()) {
            return;
        }
        running.set(true);
        steps.clear();
        verdict.set("");
        title.set(file.getFileName().toString());
        ScenarioRunner runner = new ScenarioRunner(options, new PrintStream(OutputStream.nullOutputStream()),
                new Watcher());
        executor.submit(() -> runner.runFile(file), this::finished, failed -> {
            running.set(false);
            verdict.set("The run stopped: " + failed.getMessage());
        });
    }

    private void finished(List<ScenarioResult> results) {
        running.set(false);
        long failed = results.stream().filter(r -> !r.passed()).count();
        String first = results.stream().filter(r -> !r.passed()).map(ScenarioResult::failure).findFirst().orElse("");
        verdict.set(failed == 0 ? "PASSED: " + results.size() + " scenario(s)"
                : "FAILED: " + failed + " of " + results.size() + " — " + first);
    }

    /** Called on the runner's thread: hops to the UI thread, and pauses after each step. */
    private final class Watcher implements ScenarioListener {
        @Override
        public void scenarioStarted(String name, Map<String, Device> devices) {
            Map<String, DeviceSnapshot> snapshots = new LinkedHashMap<>();
            devices.forEach((n, d) -> snapshots.put(n, d.snapshot()));
            Map<String, Device> copy = new LinkedHashMap<>(devices);
            executor.onUiThread(() -> {
                title.set(name);
                phones.show(copy, snapshots);
            });
        }

        @Override
        public void stepStarted(StepSpec step) {
            StepLine line = new StepLine(step.number(), step.describe(), StepLine.Status.RUNNING, "");
            executor.onUiThread(() -> steps.add(line));
        }

        @Override
        public void stepFinished(ScenarioResult.StepOutcome outcome) {
            StepLine line = new StepLine(outcome.number(), outcome.description(),
                    outcome.ok() ? StepLine.Status.PASSED : StepLine.Status.FAILED,
                    outcome.note() == null ? "" : outcome.note());
            executor.onUiThread(() -> {
                if (!steps.isEmpty() && steps.getLast().number() == line.number()) {
                    steps.set(steps.size() - 1, line);
                } else {
                    steps.add(line);
                }
            });
            pause();
        }

        @Override
        public void scenarioFinished(ScenarioResult result) {
            executor.onUiThread(() -> verdict.set((result.passed() ? "PASSED " : "FAILED ") + result.name()
                    + (result.passed() ? "" : " — " + result.failure())));
        }

        private void pause() {
            try {
                Thread.sleep(Math.max(0, pauseMillis.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public ObservableList<StepLine> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** How long the run waits after each step so people can follow it (0 for tests). */
    public IntegerProperty pauseMillisProperty() {
        return pauseMillis;
    }
}
