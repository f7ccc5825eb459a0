package com.roamvault.ui.error;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a person reads for an error code (API.md, SCENARIOS.md); the code stays visible for support.
 * The mechanism is shared, the words are each program's: an administrator and a phone user are
 * told different things about the same code.
 */
public final class ErrorTexts {
    private static final String FALLBACK = "The request failed.";

    private final Map<String, String> texts;
    private final Set<String> waitCodes;
    private final boolean serverMessageAsFallback;

    private ErrorTexts(Builder builder) {
        this.texts = Map.copyOf(builder.texts);
        this.waitCodes = Set.copyOf(builder.waitCodes);
        this.serverMessageAsFallback = builder.serverMessageAsFallback;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text for {@code code} and then the code, e.g. "Wrong username or password.  (invalid_credentials)". */
    public String describe(String code, Long retryAfterSeconds, String serverMessage) {
        return text(code, retryAfterSeconds, serverMessage) + "  (" + code + ")";
    }

    /** The text alone; an unknown code falls back to the server's message when so built, else a plain sentence. */
    public String text(String code, Long retryAfterSeconds, String serverMessage) {
        String text = texts.get(code);
        if (text == null) {
            return serverMessageAsFallback && serverMessage != null ? serverMessage : FALLBACK;
        }
        return waitCodes.contains(code) ? text + waitText(retryAfterSeconds) : text;
    }

    /** For a failure that carries no error code (a bug, an I/O error outside any call). */
    public static String unexpected(Throwable failure) {
        return "Something went wrong: " + failure.getMessage();
    }

    /** " Try again in 4 min 59 s." — empty when the server did not say. */
    public static String waitText(Long seconds) {
        if (seconds == null) {
            return "";
        }
        long min = seconds / 60;
        long sec = seconds % 60;
        String left = min == 0 ? sec + " s" : sec == 0 ? min + " min" : min + " min " + sec + " s";
        return " Try again in " + left + ".";
    }

    public static final class Builder {
        private final Map<String, String> texts = new HashMap<>();
        private final Set<String> waitCodes = new HashSet<>();
        private boolean serverMessageAsFallback;

        private Builder() {
        }

        public Builder text(String code, String text) {
            texts.put(Objects.requireNonNull(code), Objects.requireNonNull(text));
            return this;
        }

        /** A text followed by how long to wait, when the server said (Retry-After). */
        public Builder textWithWait(String code, String text) {
            waitCodes.add(code);
            return text(code, text);
        }

        /** Unknown codes show the server's own message rather than a plain "The request failed.". */
        public Builder serverMessageAsFallback() {
            serverMessageAsFallback = true;
            return this;
        }

        public ErrorTexts build() {
            return new ErrorTexts(this);
        }
    }
}
