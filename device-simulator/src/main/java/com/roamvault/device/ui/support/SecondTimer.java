package com.roamvault.device.ui.support;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * One JavaFX timer per screen that runs {@code action} every second while {@code active} holds
 * (a one-time code's countdown): the action only asks for work, it never blocks the FX thread.
 */
public final class SecondTimer {
    private SecondTimer() {
    }

    public static Timeline whileActive(ObservableBooleanValue active, Runnable action) {
        Timeline timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> action.run()));
        timer.setCycleCount(Timeline.INDEFINITE);
        active.addListener((obs, was, now) -> {
            if (now) {
                timer.play();
            } else {
                timer.stop();
            }
        });
        if (active.get()) {
            timer.play();
        }
        return timer;
    }
}
