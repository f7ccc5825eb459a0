package com.roamvault.device.ui.simulator;

import com.roamvault.ui.theme.Appearance;
import com.roamvault.ui.theme.PlatformDesktopScheme;
import com.roamvault.ui.theme.Theme;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Puts the simulator in a stage: scene, theme (the scheme choice, System following the desktop) and the one-second engine tick. */
public final class SimulatorWindow {
    /** The simulator's own rules on top of Primer. */
    public static final String STYLESHEET = "/com/roamvault/device/ui/simulator.css";
    /** The window's size where the screen has room: two phones side by side under the guided demo's strip. */
    public static final Dimension2D DEFAULT_SIZE = new Dimension2D(1400, 940);

    private final Timeline ticker;
    private final Appearance appearance; // held for the window's life: it applies the scheme as the choice changes

    private SimulatorWindow(Timeline ticker, Appearance appearance) {
        this.ticker = ticker;
        this.appearance = appearance;
    }

    public static SimulatorWindow show(Stage stage, SimulatorViewModel vm, boolean tick) {
        Appearance appearance = new Appearance(vm.schemeProperty(), PlatformDesktopScheme.get());
        Dimension2D size = sizeOn(javafx.stage.Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(new SimulatorView(vm).build(), size.getWidth(), size.getHeight());
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
        return new SimulatorWindow(ticker, appearance);
    }

    /**
     * The default size, shrunk to fit {@code screen} with room for the window's frame (logical
     * pixels: a screen at UI scale 1.5 has two thirds of them).
     */
    public static Dimension2D sizeOn(Rectangle2D screen) {
        return new Dimension2D(Math.min(DEFAULT_SIZE.getWidth(), Math.floor(screen.getWidth()) - 40),
                Math.min(DEFAULT_SIZE.getHeight(), Math.floor(screen.getHeight()) - 60));
    }

    public void stop() {
        ticker.stop();
    }
}
