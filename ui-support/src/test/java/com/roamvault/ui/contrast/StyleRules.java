package com.roamvault.ui.contrast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of one of our stylesheets, one per selector ({@code a, b { }} gives two), declarations as written. */
public final class StyleRules {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private final List<Rule> rules;

    /** One selector (child combinators read as descendants) and its declarations. */
    public record Rule(String selector, Map<String, String> declarations) {
        public Optional<String> get(String property) {
            return Optional.ofNullable(declarations.get(property));
        }
    }

    private StyleRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static StyleRules parse(String css) {
        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.add(new Rule(selector.replace('>', ' ').trim().replaceAll("\\s+", " "), declarations));
            }
        }
        return new StyleRules(rules);
    }

    /** A class-path stylesheet, such as {@code /com/roamvault/console/console.css}. */
    public static StyleRules resource(String path) {
        try (InputStream in = StyleRules.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No stylesheet at " + path);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Rule> all() {
        return rules;
    }

    /** The rules written for exactly this selector. */
    public List<Rule> of(String selector) {
        return rules.stream().filter(r -> r.selector().equals(selector)).toList();
    }
}
