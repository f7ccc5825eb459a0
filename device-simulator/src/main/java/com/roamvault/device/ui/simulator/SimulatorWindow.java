package com.roamvault.device.ui.simulator;

import com.roamvault.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Puts the simulator in a stage: scene, theme (following the dark toggle) and the one-second engine tick. */
public final class SimulatorWindow {
    /** The simulator's own rules on top of Primer. */
    public static final String STYLESHEET = "/com/roamvault/device/ui/simulator.css";

    private final Timeline ticker;

    private SimulatorWindow(Timeline ticker) {
        this.ticker = ticker;
    }

    public static SimulatorWindow show(Stage stage, SimulatorViewModel vm, boolean tick) {
        Theme.apply(vm.darkProperty().get());
        vm.darkProperty().addListener((obs, old, dark) -> Theme.apply(dark));
        Scene scene = new Scene(new SimulatorView(vm).build(), 1400, 860);
        Theme.style(scene, STYLESHEET);
        stage.setTitle("Roamvault phone simulator");
        stage.setScene(scene);
        stage.show();
        stage.centerOnScreen();
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        if (tick) {
            ticker.play();
        }
        return new SimulatorWindow(ticker);
    }

    public void stop() {
        ticker.stop();
    }
}
