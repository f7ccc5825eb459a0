package com.roamvault.protocol.policy;

/** The kind of value a {@link MobileOption} holds, with what makes a value of it valid. */
public sealed interface OptionType {

    /** Null (unset) is never a problem here: whether a value is required is the caller's rule. */
    String problem(Object value);

    /** An on/off switch. */
    record Bool() implements OptionType {
        @Override
        public String problem(Object value) {
            return value == null || value instanceof Boolean ? null : "must be true or false";
        }
    }

    /** A whole number in {@code min..max} (both included), counted in {@code unit}. */
    record Int(int min, int max, String unit) implements OptionType {
        @Override
        public String problem(Object value) {
            if (value == null) {
                return null;
            }
            if (!(value instanceof Integer i)) {
                return "must be a whole number";
            }
            return i < min || i > max ? "must be " + min + ".." + max + " " + unit : null;
        }
    }

    /** One of a few fixed words, in the order a person would list them. */
    record Choice(java.util.List<String> values) implements OptionType {
        public Choice {
            values = java.util.List.copyOf(values);
        }

        @Override
        public String problem(Object value) {
            return value == null || values.contains(value) ? null : "must be one of " + String.join(", ", values);
        }
    }

    /**
     * A list of client networks in CIDR notation; here only its shape is checked (at most 100 texts),
     * the networks themselves by the server, which names the entry it cannot read.
     */
    record Networks() implements OptionType {
        @Override
        public String problem(Object value) {
            if (value == null) {
                return null;
            }
            if (!(value instanceof java.util.List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                return "must be a list of networks (CIDR)";
            }
            return list.size() > 100 ? "must be at most 100 networks" : null;
        }
    }
}
