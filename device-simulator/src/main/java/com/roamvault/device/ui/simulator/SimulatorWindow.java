package com.roamvault.device.ui.simulator;

import com.roamvault.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Puts the simulator in a stage: scene, theme (following the dark toggle) and the one-second engine tick. */
public final class SimulatorWindow {
    /** The simulator's own rules on top of Primer. */
    public static final String STYLESHEET = "/com/roamvault/device/ui/simulator.css";

    private static final double WIDTH = 1400;
    private static final double HEIGHT = 940;

    private final Timeline ticker;

    private SimulatorWindow(Timeline ticker) {
        this.ticker = ticker;
    }

    public static SimulatorWindow show(Stage stage, SimulatorViewModel vm, boolean tick) {
        Theme.apply(vm.darkProperty().get());
        vm.darkProperty().addListener((obs, old, dark) -> Theme.apply(dark));
        // room for two phones under the guided demo's strip, but never larger than the screen
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new SimulatorView(vm).build(), Math.min(WIDTH, screen.getWidth() - 40),
                Math.min(HEIGHT, screen.getHeight() - 60));
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
