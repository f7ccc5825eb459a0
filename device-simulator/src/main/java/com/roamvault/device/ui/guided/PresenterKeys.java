package com.roamvault.device.ui.guided;

import java.util.EnumSet;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presenter's keys, for the whole window: while the guided demo is open, Space or Enter plays
 * the next step wherever the focus is (a phone, the toolbar, the panel), except in a text input,
 * where they type. A scene filter, so no focused button or list sees the key first.
 */
final class PresenterKeys implements EventHandler<KeyEvent> {
    private static final Set<KeyCode> KEYS = EnumSet.of(KeyCode.SPACE, KeyCode.ENTER);

    private final GuidedDemoViewModel vm;
    private final Set<KeyCode> taken = EnumSet.noneOf(KeyCode.class);

    private PresenterKeys(GuidedDemoViewModel vm) {
        this.vm = vm;
    }

    /** Listens on whichever scene {@code panel} is shown in. */
    static void install(Node panel, GuidedDemoViewModel vm) {
        PresenterKeys keys = new PresenterKeys(vm);
        panel.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.ANY, keys);
            }
        });
        Scene scene = panel.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.ANY, keys);
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (KEYS.contains(e.getCode()) && vm.takesKeys() && !typesText(e.getTarget())) {
                taken.add(e.getCode());
                vm.next();
                e.consume();
            }
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            if (taken.remove(e.getCode())) {
                e.consume(); // its press played a step: a focused button must not fire on the release
            }
        } else if (e.getEventType() == KeyEvent.KEY_TYPED && !taken.isEmpty()
                && (" ".equals(e.getCharacter()) || "\r".equals(e.getCharacter()))) {
            e.consume();
        }
    }

    private static boolean typesText(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl input) {
                return input.isEditable();
            }
        }
        return false;
    }
}
