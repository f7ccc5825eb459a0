package com.roamvault.device.ui.password;

import static com.roamvault.device.ui.support.Views.label;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The meter's bar (red to green by score, see simulator.css) with its label under it. */
public final class PasswordMeterView {
    private static final String[] SCORE_CLASSES = {"score-0", "score-1", "score-2", "score-3", "score-4"};

    private PasswordMeterView() {
    }

    /** {@code id} names the bar; its label is {@code id + "-label"}. */
    public static VBox of(PasswordMeter meter, String id) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(meter.fractionProperty());
        meter.strengthProperty().addListener((obs, old, now) -> {
            bar.getStyleClass().removeAll(SCORE_CLASSES);
            bar.getStyleClass().add(SCORE_CLASSES[now.score()]);
        });
        Label text = label(meter.labelProperty(), "hint");
        text.setId(id + "-label");
        return new VBox(2, bar, text);
    }
}
