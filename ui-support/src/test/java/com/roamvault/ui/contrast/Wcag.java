package com.roamvault.ui.contrast;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast: relative luminance, the ratio of two colours, and the AA minimums. */
public final class Wcag {
    /** Normal text (1.4.3 AA). */
    public static final double TEXT = 4.5;
    /** Large text, 18.66 px bold or 24 px (1.4.3 AA), and icons that carry meaning (1.4.11). */
    public static final double LARGE_TEXT = 3.0;
    static final double BASE_FONT_PX = 14; // Primer's -fx-font-size on .root, what em is relative to

    private Wcag() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** {@code top} painted over the opaque {@code below} (a translucent background, or text). */
    public static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    /** The minimum for text of this size (px) and weight. */
    public static double minimumFor(double sizePx, boolean bold) {
        return sizePx >= 24 || bold && sizePx >= 18.66 ? LARGE_TEXT : TEXT;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
