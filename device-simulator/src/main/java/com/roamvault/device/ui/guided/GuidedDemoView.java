package com.roamvault.device.ui.guided;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.guided.GuidedDemoViewModel.Phase;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The caption panel beside the phones: "Step 3 of 10", the step's title and what to say, Next
 * (Space or Enter) to play it, a progress bar while it runs, the check's ✓ / ✗, and Restart.
 */
public final class GuidedDemoView {
    private final GuidedDemoViewModel vm;

    public GuidedDemoView(GuidedDemoViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        Label progress = label(vm.progressProperty(), "hint");
        progress.setId("guided-progress");
        Label title = label(vm.titleProperty(), "guided-title");
        title.setId("guided-title");
        Label caption = label(vm.captionProperty(), "guided-caption");
        caption.setId("guided-caption");
        ProgressBar running = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        running.setId("guided-running");
        running.setMaxWidth(Double.MAX_VALUE);
        running.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.RUNNING));
        running.managedProperty().bind(running.visibleProperty());
        Label result = message(vm.resultProperty(), "guided-result", "guided-result");
        vm.resultPassedProperty().addListener((obs, old, passed) -> {
            result.getStyleClass().removeAll("guided-passed", "guided-failed");
            if (passed != null) {
                result.getStyleClass().add(passed ? "guided-passed" : "guided-failed");
            }
        });

        Button next = button("Next", Material2MZ.PLAY_ARROW, "guided-next", vm::next, "accent");
        next.disableProperty().bind(vm.phaseProperty().isNotEqualTo(Phase.WAITING).or(vm.readyProperty().not()));
        Button restart = button("Restart", Material2MZ.REPLAY, "guided-restart", vm::restart);
        restart.disableProperty().bind(vm.phaseProperty().isEqualTo(Phase.RUNNING));
        Button close = button("", Material2AL.CLOSE, "guided-close", vm::close, "flat");
        HBox header = new HBox(6, label("Guided demo", "section"), com.roamvault.device.ui.support.Views.grow(), close);
        HBox buttons = new HBox(8, next, restart);

        VBox panel = new VBox(10, header, progress, title, caption, running, buttons, result,
                message(vm.messageProperty(), "guided-message", "error-text"));
        panel.setId("guided-panel");
        panel.getStyleClass().add("guided-panel");
        // the presenter's keys: Space or Enter plays the next step wherever the focus is in the panel
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && e.getTarget() != restart
                    && e.getTarget() != close) {
                vm.next();
                e.consume();
            }
        });
        panel.visibleProperty().bind(vm.openProperty());
        panel.managedProperty().bind(panel.visibleProperty());
        vm.openProperty().addListener((obs, was, open) -> {
            if (open) {
                javafx.application.Platform.runLater(next::requestFocus); // once the panel is laid out and shown
            }
        });
        return panel;
    }
}
