package com.roamvault.console;

import javafx.scene.Node;

/**
 * One management screen of the left navigation: its view, plus what to do when it is shown
 * (refresh what changes on its own) and when it is left (stop timers and tails).
 */
public record Screen(String id, String title, Node view, Runnable onShow, Runnable onHide) {
    public Screen {
        onShow = onShow == null ? () -> { } : onShow;
        onHide = onHide == null ? () -> { } : onHide;
    }
}
