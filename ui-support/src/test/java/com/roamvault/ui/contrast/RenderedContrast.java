package com.roamvault.ui.contrast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * WCAG AA on a laid-out scene, as JavaFX computed it: every showing, enabled {@link Labeled} with text
 * (labels, buttons, cells, headers), its text fill against the nearest background fill behind it
 * (translucent fills laid over the ones further out; the scene's fill at the end). Disabled controls are
 * exempt, as WCAG exempts inactive components. Call on the FX thread after a layout pass.
 */
public final class RenderedContrast {
    private RenderedContrast() {
    }

    /** One line per text below its minimum; empty when all pass. */
    public static List<String> in(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Color sceneFill = scene.getFill() instanceof Color c && c.isOpaque() ? c : Color.WHITE;
        walk(scene.getRoot(), sceneFill, found);
        return found;
    }

    private static void walk(Node node, Color sceneFill, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, sceneFill, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, sceneFill, found);
            }
        }
    }

    private static void check(Labeled labeled, Color sceneFill, List<String> found) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || !(labeled.getTextFill() instanceof Color fill) || !onScreen(labeled)) {
            return;
        }
        Color background = behind(labeled, sceneFill);
        double ratio = Wcag.ratio(Wcag.over(fill, background), background);
        boolean bold = labeled.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        double minimum = Wcag.minimumFor(labeled.getFont().getSize(), bold);
        if (ratio < minimum) {
            found.add(String.format("%s \"%s\" %s: %s on %s is %.2f:1, needs %.1f:1", labeled.getClass().getSimpleName(),
                    text, labeled.getId() == null ? labeled.getStyleClass() : "#" + labeled.getId(), Wcag.hex(fill),
                    Wcag.hex(background), ratio, minimum));
        }
    }

    /** The colour behind a node: its own or its ancestors' innermost background fill, translucent ones composed. */
    static Color behind(Node node, Color sceneFill) {
        List<Color> translucent = new ArrayList<>();
        Color base = sceneFill;
        for (Node n = node; n != null; n = n.getParent()) {
            Color top = topFill(n);
            if (top == null || top.getOpacity() == 0) {
                continue;
            }
            if (top.isOpaque()) {
                base = top;
                break;
            }
            translucent.add(top);
        }
        for (int i = translucent.size() - 1; i >= 0; i--) {
            base = Wcag.over(translucent.get(i), base);
        }
        return base;
    }

    private static Color topFill(Node node) {
        if (!(node instanceof Region region) || region.getBackground() == null || region.getBackground().isEmpty()) {
            return null;
        }
        List<BackgroundFill> fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill() instanceof Color c ? c : null;
    }

    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0
                && b.getMinX() < scene.getWidth() && b.getMinY() < scene.getHeight();
    }
}
