package com.roamvault.console;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The left navigation of a session: a toggle per screen (one always selected), Shortcut+1..9 to
 * open the N-th and F5 to refresh the shown one (its onShow again). {@link #leave()} hides the
 * shown screen and drops the shortcuts, so a session that ended leaves nothing running.
 */
final class Navigation {
    static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

    private final Scene scene;
    private final VBox bar = new VBox();
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final List<KeyCombination> shortcuts = new ArrayList<>();

    Navigation(Scene scene, List<Screen> screens) {
        this.scene = scene;
        bar.setId("nav");
        bar.getStyleClass().add("nav");
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.id());
            button.setUserData(screen);
            button.setToggleGroup(group);
            if (i < 9) {
                KeyCombination shortcut = KeyCombination.keyCombination("Shortcut+" + (i + 1));
                button.setTooltip(new Tooltip(screen.title() + " (" + shortcut.getDisplayText() + ")"));
                shortcut(shortcut, () -> button.setSelected(true));
            }
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
                return;
            }
            if (old != null) {
                ((Screen) old.getUserData()).onHide().run();
            }
            Screen shown = (Screen) now.getUserData();
            content.getChildren().setAll(shown.view());
            shown.onShow().run();
        });
        shortcut(REFRESH, () -> shown().onShow().run());
        group.getToggles().get(0).setSelected(true);
    }

    VBox bar() {
        return bar;
    }

    StackPane content() {
        return content;
    }

    Screen shown() {
        return (Screen) group.getSelectedToggle().getUserData();
    }

    /** The session ended: the shown screen is hidden (timers stop) and the shortcuts go. */
    void leave() {
        shortcuts.forEach(scene.getAccelerators()::remove);
        shortcuts.clear();
        shown().onHide().run();
    }

    private void shortcut(KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, action);
        shortcuts.add(keys);
    }
}
