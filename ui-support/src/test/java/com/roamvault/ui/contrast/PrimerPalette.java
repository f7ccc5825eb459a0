package com.roamvault.ui.contrast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Primer's looked-up colours ({@code -color-fg-default}, {@code -color-bg-subtle}, ...), read from the
 * {@code .root} rule of the very stylesheet AtlantaFX applies, so a new AtlantaFX version is checked too.
 */
public final class PrimerPalette {
    private static final Pattern VARIABLE = Pattern.compile("(-color-[\\w-]+)\\s*:\\s*([^;]+);");
    private final String name;
    private final Map<String, String> variables;

    private PrimerPalette(String name, Map<String, String> variables) {
        this.name = name;
        this.variables = variables;
    }

    public static PrimerPalette light() {
        return load("primer-light");
    }

    public static PrimerPalette dark() {
        return load("primer-dark");
    }

    public String name() {
        return name;
    }

    /** The page's own background, what text without a background of its own is on. */
    public Color page() {
        return resolve("-color-bg-default").orElseThrow();
    }

    /** A CSS colour value: a looked-up colour, #hex, rgb()/rgba() or a named one; empty for anything else (gradients, derive()). */
    public Optional<Color> resolve(String value) {
        String v = value.trim();
        for (int depth = 0; v.startsWith("-color-") && depth < 10; depth++) {
            String next = variables.get(v);
            if (next == null) {
                return Optional.empty();
            }
            v = next.trim();
        }
        try {
            return Optional.of(Color.web(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PrimerPalette load(String name) {
        String resource = "/atlantafx/base/theme/" + name + ".css";
        try (InputStream in = PrimerPalette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("AtlantaFX's " + resource + " is not on the class path");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = css.indexOf(".root {");
            String root = css.substring(start, css.indexOf('}', start));
            Map<String, String> variables = new HashMap<>();
            Matcher m = VARIABLE.matcher(root);
            while (m.find()) {
                variables.put(m.group(1), m.group(2));
            }
            return new PrimerPalette(name, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
