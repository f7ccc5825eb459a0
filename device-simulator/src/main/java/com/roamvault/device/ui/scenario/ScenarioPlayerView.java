package com.roamvault.device.ui.scenario;

import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The scenario player's panel: the scenario's name, each step as it plays (✓ / ✗ / ▶), and the verdict. */
public final class ScenarioPlayerView {
    private final ScenarioPlayerViewModel vm;

    public ScenarioPlayerView(ScenarioPlayerViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        ListView<StepLine> steps = new ListView<>(vm.steps());
        steps.setId("scenario-steps");
        steps.setCellFactory(v -> Views.wrapping(new StepCell()));
        steps.getStyleClass().add("scenario-steps");
        steps.getItems().addListener((javafx.collections.ListChangeListener<StepLine>) c ->
                steps.scrollTo(Math.max(0, steps.getItems().size() - 1)));
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label title = label(vm.titleProperty(), "control-section");
        title.setId("scenario-title");
        Label verdict = message(vm.verdictProperty(), "scenario-verdict", "strong");
        // the texts keep the lines they need; the list of steps gives way (and scrolls)
        title.setMinHeight(Region.USE_PREF_SIZE);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, label("Scenario", "section"), title, progress, steps, verdict);
        box.getStyleClass().add("scenario-panel");
        return box;
    }

    private static final class StepCell extends ListCell<StepLine> {
        @Override
        protected void updateItem(StepLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("step-running", "step-passed", "step-failed");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.symbol() + " " + line.number() + ". " + line.description()
                    + (line.note().isEmpty() ? "" : "\n    " + line.note()));
            getStyleClass().add("step-" + line.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
