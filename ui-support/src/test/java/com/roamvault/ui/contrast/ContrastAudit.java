package com.roamvault.ui.contrast;

import com.roamvault.ui.contrast.StyleRules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.paint.Color;

/**
 * WCAG AA on our stylesheets' own colours, in one Primer palette: every {@code -fx-text-fill} (4.5:1,
 * 3:1 for large text) and {@code -fx-icon-color} (3:1) against the background it sits on. That
 * background is the rule's own, else the nearest one a shorter selector gives ({@code .a .b} sits on
 * {@code .a}'s), else both of Primer's page backgrounds ({@code -color-bg-default} and
 * {@code -color-bg-subtle}); translucent backgrounds are laid over what is below them.
 * {@link RenderedContrast} checks what a real screen shows.
 */
public final class ContrastAudit {
    private static final List<String> PAGES = List.of("-color-bg-default", "-color-bg-subtle");
    private final PrimerPalette palette;
    private final List<Rule> rules;

    private record Surface(String what, Color colour) {
    }

    private ContrastAudit(PrimerPalette palette, List<Rule> rules) {
        this.palette = palette;
        this.rules = rules;
    }

    /** One line per colour pair below the minimum (or colour that cannot be told); empty when all pass. */
    public static List<String> of(PrimerPalette palette, StyleRules... sheets) {
        ContrastAudit audit = new ContrastAudit(palette, Stream.of(sheets).flatMap(s -> s.all().stream()).toList());
        List<String> found = new ArrayList<>();
        for (Rule rule : audit.rules) {
            rule.get("-fx-text-fill").ifPresent(fill -> audit.check(rule, fill, minimumFor(rule), found));
            rule.get("-fx-icon-color").ifPresent(fill -> audit.check(rule, fill, Wcag.LARGE_TEXT, found));
        }
        return found;
    }

    private void check(Rule rule, String fill, double minimum, List<String> found) {
        Optional<Color> text = palette.resolve(fill);
        if (text.isEmpty()) {
            found.add(rule.selector() + ": cannot tell the colour " + fill + " in " + palette);
            return;
        }
        for (Surface surface : surfacesOf(rule.selector(), found)) {
            double ratio = Wcag.ratio(Wcag.over(text.get(), surface.colour()), surface.colour());
            if (ratio < minimum) {
                found.add(String.format("%s: %s (%s) on %s (%s) is %.2f:1, needs %.1f:1 in %s", rule.selector(), fill,
                        Wcag.hex(text.get()), surface.what(), Wcag.hex(surface.colour()), ratio, minimum, palette));
            }
        }
    }

    private List<Surface> surfacesOf(String selector, List<String> found) {
        int space = selector.lastIndexOf(' ');
        List<Surface> below = space < 0 ? pages() : surfacesOf(selector.substring(0, space), found);
        Optional<String> declared = rules.stream().filter(r -> r.selector().equals(selector))
                .flatMap(r -> r.get("-fx-background-color").stream()).reduce((first, last) -> last);
        if (declared.isEmpty()) {
            return below;
        }
        String[] layers = declared.get().split(",(?![^(]*\\))");
        String top = layers[layers.length - 1].trim(); // the content sits on the innermost layer
        Optional<Color> colour = palette.resolve(top);
        if (colour.isEmpty()) {
            found.add(selector + ": cannot tell the background " + top + " in " + palette);
            return below;
        }
        if (colour.get().getOpacity() == 0) {
            return below;
        }
        if (colour.get().isOpaque()) {
            return List.of(new Surface(top, colour.get()));
        }
        return below.stream().map(b -> new Surface(top + " over " + b.what(), Wcag.over(colour.get(), b.colour())))
                .toList();
    }

    private List<Surface> pages() {
        return PAGES.stream().map(p -> new Surface(p, palette.resolve(p).orElseThrow())).toList();
    }

    private static double minimumFor(Rule rule) {
        String size = rule.get("-fx-font-size").orElse("1em");
        double px;
        if (size.endsWith("em")) {
            px = Double.parseDouble(size.replace("em", "")) * Wcag.BASE_FONT_PX;
        } else if (size.endsWith("pt")) {
            px = Double.parseDouble(size.replace("pt", "")) * 4 / 3;
        } else {
            px = Double.parseDouble(size.replace("px", ""));
        }
        String weight = rule.get("-fx-font-weight").orElse("normal");
        return Wcag.minimumFor(px, weight.equals("bold") || weight.matches("[7-9]00"));
    }
}
