package com.roamvault.device.scenario;

import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number or a comparison such as {@code ">= 3"}, {@code "<= 2"}, {@code "< 1.5"}. */
final class Comparison {
    private static final Pattern FORM = Pattern.compile("\\s*(>=|<=|==|>|<|=)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    private Comparison() {
    }

    static DoublePredicate parse(Object spec) {
        Matcher m = FORM.matcher(String.valueOf(spec));
        if (!m.matches()) {
            throw new ScenarioException("Not a number or comparison: '" + spec + "' (use 3, \">= 3\", \"<= 2\")");
        }
        double n = Double.parseDouble(m.group(2));
        String op = m.group(1) == null ? "=" : m.group(1);
        return switch (op) {
            case ">=" -> v -> v >= n;
            case "<=" -> v -> v <= n;
            case ">" -> v -> v > n;
            case "<" -> v -> v < n;
            default -> v -> Math.abs(v - n) < 1e-9;
        };
    }
}
