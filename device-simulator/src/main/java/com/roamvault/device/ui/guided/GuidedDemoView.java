package com.roamvault.device.ui.guided;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.guided.GuidedDemoViewModel.Phase;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The caption strip above the phones: "Step 3 of 10", the step's title and what to say, the last
 * check's ✓ / ✗; on the right Next (Space or Enter, anywhere in the window), Restart and a progress
 * bar while a step runs. A strip rather than a side panel, so two phones still fit beside each
 * other; the buttons sit at its top right, where a caption of any length never moves them.
 */
public final class GuidedDemoView {
    private final GuidedDemoViewModel vm;

    public GuidedDemoView(GuidedDemoViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Button next = button("Next", Material2MZ.PLAY_ARROW, "guided-next", vm::next, "accent");
        HBox strip = new HBox(16, story(), controls(next));
        strip.setId("guided-panel");
        strip.getStyleClass().add("guided-panel");
        strip.visibleProperty().bind(vm.openProperty());
        strip.managedProperty().bind(strip.visibleProperty());
        PresenterKeys.install(strip, vm);
        vm.openProperty().addListener((obs, was, open) -> {
            if (open) {
                javafx.application.Platform.runLater(next::requestFocus); // once the strip is laid out and shown
            }
        });
        return strip;
    }

    private VBox story() {
        Label progress = label(vm.progressProperty(), "guided-progress");
        progress.setId("guided-progress");
        HBox heading = new HBox(10, label("Guided demo", "guided-heading"), progress);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label title = label(vm.titleProperty(), "guided-title");
        title.setId("guided-title");
        Label caption = label(vm.captionProperty(), "guided-caption");
        caption.setId("guided-caption");
        Label result = message(vm.resultProperty(), "guided-result", "guided-result");
        vm.resultPassedProperty().addListener((obs, old, passed) -> {
            result.getStyleClass().removeAll("guided-passed", "guided-failed");
            if (passed != null) {
                result.getStyleClass().add(passed ? "guided-passed" : "guided-failed");
            }
        });
        VBox story = new VBox(4, heading, title, caption, result,
                message(vm.messageProperty(), "guided-message", "error-text"));
        story.getStyleClass().add("guided-story");
        HBox.setHgrow(story, Priority.ALWAYS);
        return story;
    }

    private VBox controls(Button next) {
        next.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.WAITING).or(vm.readyProperty().not()));
        Button restart = button("Restart", Material2MZ.REPLAY, "guided-restart", vm::restart);
        restart.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.RUNNING));
        Button close = button("", Material2AL.CLOSE, "guided-close", vm::close, "flat");
        for (Button b : new Button[] {next, restart, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a fixed place and size, whatever the caption does
        }
        // clicking these keeps the focus where it was: Space after Restart plays step 1, not Restart again
        restart.setFocusTraversable(false);
        close.setFocusTraversable(false);
        HBox buttons = new HBox(8, next, restart, close);
        buttons.setAlignment(Pos.TOP_RIGHT);
        ProgressBar running = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        running.setId("guided-running");
        running.setMaxWidth(Double.MAX_VALUE);
        running.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.RUNNING));
        VBox controls = new VBox(8, buttons, running); // the bar keeps its room hidden: nothing above it moves
        controls.setAlignment(Pos.TOP_RIGHT);
        controls.setMinWidth(Region.USE_PREF_SIZE);
        return controls;
    }
}
