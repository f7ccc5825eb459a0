package com.roamvault.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds what a person would see cut off in a laid-out scene: every showing {@link Labeled} (labels,
 * buttons, table cells and column headers) whose skin drew less than its text (the ellipsis JavaFX puts in
 * place of what did not fit), every scroll pane, list or table that makes the reader scroll sideways,
 * and every toolbar that hid items in its overflow menu.
 *
 * <p>Call it on the FX thread after a layout pass. A Labeled that shows long user data by design (a
 * note, a URL) and offers the whole text elsewhere opts out with the style class {@value #ELIDES}.
 */
public final class ClippedText {
    /** Style class of a Labeled allowed to elide: its full text is one click or a tooltip away. */
    public static final String ELIDES = "elides";

    private ClippedText() {
    }

    /** One line per cut-off text or sideways scroll bar; empty when everything fits. */
    public static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        }
        // a ScrollPane's bars are its skin's children; a list's or table's are its VirtualFlow's
        if (node instanceof ScrollPane || node instanceof VirtualFlow<?>) {
            checkSideways((Parent) node, found);
        }
        if (node.getStyleClass().contains("tool-bar-overflow-button") && onScreen(node)) {
            found.add(describe(node) + ": the toolbar hides items in its overflow menu");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getStyleClass().contains(ELIDES) || !onScreen(labeled)) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // an icon graphic (ikonli's FontIcon is a Text holding its glyph) is not the label's text
            if (child instanceof Text drawn && child != labeled.getGraphic() && child.isVisible()
                    && !full.equals(drawn.getText())) {
                found.add(describe(labeled) + " shows \"" + drawn.getText() + "\" of \"" + full + "\"");
                return;
            }
        }
    }

    private static void checkSideways(Parent pane, List<String> found) {
        if (!onScreen(pane)) {
            return;
        }
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child instanceof ScrollBar bar && bar.isVisible() && bar.getOrientation() == Orientation.HORIZONTAL) {
                found.add(describe(pane instanceof VirtualFlow<?> ? pane.getParent() : pane) + " scrolls sideways");
                return;
            }
        }
    }

    /** Only what a person can see: a cell recycled off the bottom of a list is not "cut". */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getWidth() > 0 && bounds.getHeight() > 0
                && bounds.getMaxX() > 0 && bounds.getMaxY() > 0
                && bounds.getMinX() < node.getScene().getWidth() && bounds.getMinY() < node.getScene().getHeight();
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return path.append(" in #").append(up.getId()).toString();
            }
        }
        return path.toString();
    }
}
